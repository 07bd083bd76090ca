using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Assets;
using Pipeline.Publishing.Stores;
using Pipeline.Web.Http;

namespace Pipeline.Web.Assets;

/// <summary>
/// <c>GET /assets/{hash}/{file}</c>: a published asset or variant. Names are content-addressed and immutable, so the
/// ETag derives from the name and a revalidation answers 304 without touching storage; every answer carries
/// <c>Cache-Control: public, max-age=31536000, immutable</c>, the stored content type and <c>nosniff</c>, and SVG a
/// sandboxing Content-Security-Policy. A malformed name is 404 before storage is touched.
/// </summary>
public sealed class AssetHandler(IAssetStore store)
{
    public async Task<IResult> HandleAsync(HttpRequest request, string hash, string file)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!AssetAddress.IsHash(hash) || file.Length == 0 || AssetAddress.SafeFileName(file) != file)
        {
            return NotFound(hash, file);
        }

        var blobName = AssetAddress.BlobName(hash, file);
        var etag = EntityTags.ForContent(Encoding.UTF8.GetBytes(blobName));
        var isSvg = AssetTypes.ClaimedBy(file) == AssetKind.Svg;
        if (EntityTags.NoneMatchHits(request, etag))
        {
            return new AssetResult(null, etag, isSvg);
        }

        var asset = await store.OpenAsync(blobName, request.HttpContext.RequestAborted);
        return asset is null ? NotFound(hash, file) : new AssetResult(asset, etag, isSvg);
    }

    private static IResult NotFound(string hash, string file) =>
        TypedResults.Problem(detail: $"No asset is published as '{hash}/{file}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
