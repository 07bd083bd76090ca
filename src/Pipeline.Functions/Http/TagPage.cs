using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Site;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /tags/{tag}</c>: one tag's articles, the tag matched by its normalised key.</summary>
public sealed class TagPage(TagPageHandler handler)
{
    [Function(nameof(TagPage))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SiteRoutes.Tag)] HttpRequest request,
        string tag) =>
        handler.HandleAsync(request, tag);
}
