using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Articles;
using Pipeline.Web.Assets;
using Pipeline.Web.Drafts;
using Pipeline.Web.Pages;
using Pipeline.Web.Previews;

namespace Pipeline.Web;

/// <summary>
/// Maps the JSON API, the article pages, published assets and preview links for hosts that route with ASP.NET Core (the local host, tests).
/// The Functions app calls the same handlers from its HTTP triggers instead, on the same <see cref="SiteRoutes"/>. The reader site (index, tag pages,
/// feeds, sitemap) has its own mapping extension beside this one; a host maps both.
/// </summary>
public static class PipelineWebEndpointRouteBuilderExtensions
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapPipelineApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMethods(SiteRoutes.ArticlesApi, GetAndHead, (HttpRequest request, ListArticlesHandler handler) => handler.HandleAsync(request));
        endpoints.MapMethods(SiteRoutes.ArticleApi, GetAndHead, (HttpRequest request, string slug, GetArticleHandler handler) => handler.HandleAsync(request, slug));
        endpoints.MapMethods(SiteRoutes.Article, GetAndHead, (HttpRequest request, string slug, ArticlePageHandler handler) => handler.HandleAsync(request, slug));
        endpoints.MapMethods(SiteRoutes.Preview, GetAndHead, (HttpRequest request, string token, PreviewPageHandler handler) => handler.HandleAsync(request, token));
        endpoints.MapMethods(SiteRoutes.DraftsApi, GetAndHead, (HttpRequest request, ListDraftsHandler handler) => handler.HandleAsync(request));
        endpoints.MapMethods(SiteRoutes.AssetsApi, GetAndHead, (HttpRequest request, ListAssetsHandler handler) => handler.HandleAsync(request));
        endpoints.MapMethods(SiteRoutes.Asset, GetAndHead, (HttpRequest request, string hash, string file, AssetHandler handler) => handler.HandleAsync(request, hash, file));
        return endpoints;
    }
}
