using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Site;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /feed.xml</c>: the Atom feed.</summary>
public sealed class AtomFeed(AtomFeedHandler handler)
{
    [Function(nameof(AtomFeed))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SiteRoutes.AtomFeed)] HttpRequest request) =>
        handler.HandleAsync(request);
}
