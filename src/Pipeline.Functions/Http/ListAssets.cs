using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Assets;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /api/assets</c>: every asset's state, refusal reason and users — for authors, so it needs a function key.</summary>
public sealed class ListAssets(ListAssetsHandler handler)
{
    [Function(nameof(ListAssets))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = SiteRoutes.AssetsApi)] HttpRequest request) =>
        handler.HandleAsync(request);
}
