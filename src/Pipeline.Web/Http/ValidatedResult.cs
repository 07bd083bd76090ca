using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Pipeline.Web.Http;

/// <summary>
/// A 200 body with a strong ETag and Cache-Control, or a bodiless 304 carrying the same validators when the client's
/// copy is current. The body is fully prepared before anything is written, so a failure never leaves half a response.
/// </summary>
public sealed class ValidatedResult(ReadOnlyMemory<byte> body, string contentType, string etag, string cacheControl) : IResult
{
    public string ETag { get; } = etag;

    /// <summary>Headers sent with both the 200 and the 304 (e.g. a page's Content-Security-Policy).</summary>
    public Dictionary<string, string> ExtraHeaders { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = ETag;
        response.Headers.CacheControl = cacheControl;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.Headers.XContentTypeOptions = "nosniff";
        foreach (var (name, value) in ExtraHeaders)
        {
            response.Headers[name] = value;
        }

        if (EntityTags.NoneMatchHits(httpContext.Request, ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(httpContext.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
