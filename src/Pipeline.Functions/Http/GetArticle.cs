using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Articles;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /api/articles/{slug}</c>: the shared article metadata handler.</summary>
public sealed class GetArticle(GetArticleHandler handler)
{
    [Function(nameof(GetArticle))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SiteRoutes.ArticleApi)] HttpRequest request,
        string slug) =>
        handler.HandleAsync(request, slug);
}
