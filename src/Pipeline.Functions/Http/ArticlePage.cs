using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Pages;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /articles/{slug}</c>: the stored page (301 for an old slug, 410 for a removed one).</summary>
public sealed class ArticlePage(ArticlePageHandler handler)
{
    [Function(nameof(ArticlePage))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SiteRoutes.Article)] HttpRequest request,
        string slug) =>
        handler.HandleAsync(request, slug);
}
