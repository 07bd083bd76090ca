using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Articles;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /api/articles</c>: the shared listing handler.</summary>
public sealed class ListArticles(ListArticlesHandler handler)
{
    [Function(nameof(ListArticles))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SiteRoutes.ArticlesApi)] HttpRequest request) =>
        handler.HandleAsync(request);
}
