using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Assets;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /assets/{hash}/{file}</c>: a published image or download, immutable and content-addressed.</summary>
public sealed class ServeAsset(AssetHandler handler)
{
    [Function(nameof(ServeAsset))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SiteRoutes.Asset)] HttpRequest request,
        string hash,
        string file) =>
        handler.HandleAsync(request, hash, file);
}
