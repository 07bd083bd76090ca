using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Static;

namespace Pipeline.Web.Site;

/// <summary>
/// The reader's side of the site: <c>AddPipelineSite</c> registers its handlers, <c>MapPipelineSite</c> maps them
/// for an ASP.NET Core host. The Functions app calls the same handlers from its HTTP triggers instead.
/// </summary>
public static class PipelineSiteExtensions
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddPipelineSite(this IServiceCollection services)
    {
        services.TryAddSingleton<IArticleBodySource, StoredPageBodySource>();
        services.TryAddSingleton<SiteResponses>();
        services.TryAddSingleton<ListingPages>();
        services.TryAddSingleton<SiteFeeds>();
        services.TryAddSingleton<IndexPageHandler>();
        services.TryAddSingleton<TagPageHandler>();
        services.TryAddSingleton<AtomFeedHandler>();
        services.TryAddSingleton<JsonFeedHandler>();
        services.TryAddSingleton<SitemapHandler>();
        services.TryAddSingleton<RobotsHandler>();
        services.TryAddSingleton<DiagramScriptHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapPipelineSite(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMethods(SitePaths.Index, GetAndHead, (HttpRequest request, IndexPageHandler handler) => handler.HandleAsync(request));
        endpoints.MapMethods(SiteRoutes.Tag, GetAndHead, (HttpRequest request, string tag, TagPageHandler handler) => handler.HandleAsync(request, tag));
        endpoints.MapMethods(SiteRoutes.AtomFeed, GetAndHead, (HttpRequest request, AtomFeedHandler handler) => handler.HandleAsync(request));
        endpoints.MapMethods(SiteRoutes.JsonFeed, GetAndHead, (HttpRequest request, JsonFeedHandler handler) => handler.HandleAsync(request));
        endpoints.MapMethods(SiteRoutes.Sitemap, GetAndHead, (HttpRequest request, SitemapHandler handler) => handler.HandleAsync(request));
        endpoints.MapMethods(SiteRoutes.Robots, GetAndHead, (HttpRequest request, RobotsHandler handler) => handler.HandleAsync(request));
        endpoints.MapMethods(SiteRoutes.MermaidScript, GetAndHead, (HttpRequest request, DiagramScriptHandler handler) => handler.Handle(request));
        return endpoints;
    }
}
