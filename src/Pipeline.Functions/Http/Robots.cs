using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Site;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /robots.txt</c>: crawl rules naming the sitemap.</summary>
public sealed class Robots(RobotsHandler handler)
{
    [Function(nameof(Robots))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SiteRoutes.Robots)] HttpRequest request) =>
        handler.HandleAsync(request);
}
