using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;

namespace Pipeline.Web.Site;

/// <summary>
/// The reader's side of the site: <c>AddPipelineSite</c> registers its handlers, <c>MapPipelineSite</c> maps them
/// for an ASP.NET Core host. The Functions app maps the same handlers through HTTP triggers.
/// </summary>
public static class PipelineSiteExtensions
{
    public static IServiceCollection AddPipelineSite(this IServiceCollection services)
    {
        services.AddSingleton(provider => new SiteTemplates(
            provider.GetRequiredService<IOptions<PipelineOptions>>().Value.Site.TemplatesDirectory));
        services.TryAddSingleton<IArticleBodySource, StoredPageBodySource>();
        services.AddSingleton<ListingPages>();
        services.AddSingleton<SiteFeeds>();
        services.AddSingleton<IndexPageHandler>();
        services.AddSingleton<TagPageHandler>();
        services.AddSingleton<AtomFeedHandler>();
        services.AddSingleton<JsonFeedHandler>();
        services.AddSingleton<SitemapHandler>();
        services.AddSingleton<RobotsHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapPipelineSite(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SitePaths.Index, (HttpRequest request, IndexPageHandler handler) => handler.Handle(request));
        endpoints.MapGet("/tags/{tag}", (HttpRequest request, string tag, TagPageHandler handler) => handler.Handle(request, tag));
        endpoints.MapGet(SitePaths.AtomFeed, (HttpRequest request, AtomFeedHandler handler) => handler.Handle(request));
        endpoints.MapGet(SitePaths.JsonFeed, (HttpRequest request, JsonFeedHandler handler) => handler.Handle(request));
        endpoints.MapGet(SitePaths.Sitemap, (HttpRequest request, SitemapHandler handler) => handler.Handle(request));
        endpoints.MapGet(SitePaths.Robots, (HttpRequest request, RobotsHandler handler) => handler.Handle(request));
        return endpoints;
    }
}
