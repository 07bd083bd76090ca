using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Site;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /sitemap.xml</c>: every article and tag page with lastmod.</summary>
public sealed class Sitemap(SitemapHandler handler)
{
    [Function(nameof(Sitemap))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SiteRoutes.Sitemap)] HttpRequest request) =>
        handler.HandleAsync(request);
}
