using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Pipeline.Assets;
using Pipeline.Publishing.Stores;

namespace Pipeline.Web.Assets;

/// <summary>
/// An asset answer: streamed from the store (never buffered whole), with the validators and headers of an immutable,
/// content-addressed resource; a bodiless 304 when the client's copy is current (decided before storage is touched).
/// </summary>
internal sealed class AssetResult(StoredAsset? asset, string etag, bool isSvg) : IResult
{
    /// <summary>
    /// An SVG opened directly is a document that could run script: sandboxed (no script, no same origin), loading
    /// nothing from outside; inline styles stay, as SVGs use them. The publisher has sanitised it already.
    /// </summary>
    public const string SvgContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = AssetAddress.CacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        if (isSvg)
        {
            response.Headers.ContentSecurityPolicy = SvgContentSecurityPolicy;
        }

        if (asset is null)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        await using (asset)
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = asset.ContentType;
            response.ContentLength = asset.Length;
            response.Headers[HeaderNames.AcceptRanges] = "none";
            if (!HttpMethods.IsHead(httpContext.Request.Method))
            {
                await asset.Content.CopyToAsync(response.Body, httpContext.RequestAborted);
            }
        }
    }
}
