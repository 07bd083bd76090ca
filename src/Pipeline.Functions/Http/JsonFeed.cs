using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Site;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /feed.json</c>: the JSON Feed.</summary>
public sealed class JsonFeed(JsonFeedHandler handler)
{
    [Function(nameof(JsonFeed))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SiteRoutes.JsonFeed)] HttpRequest request) =>
        handler.HandleAsync(request);
}
