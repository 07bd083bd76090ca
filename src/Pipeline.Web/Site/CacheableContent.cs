using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Pipeline.Web.Http;

namespace Pipeline.Web.Site;

/// <summary>
/// A reader response that caches well: a strong ETag over the exact bytes (so a response changes exactly when
/// an article it includes changes), <c>Last-Modified</c> from the newest listed article, <c>Cache-Control</c>,
/// and <c>304 Not Modified</c> when <c>If-None-Match</c> names the current tag.
/// </summary>
public sealed class CacheableContent(byte[] body, string contentType, DateTimeOffset? lastModified, int maxAgeSeconds) : IResult
{
    public string ETag { get; } = EntityTags.ForContent(body);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var headers = response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue(ETag);
        if (lastModified is { } modified)
        {
            headers.LastModified = modified;
        }

        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(maxAgeSeconds) };
        response.Headers.Vary = "Accept-Encoding";

        // If-None-Match is the validator that cannot miss a change (a removed article lowers no date), so
        // If-Modified-Since is not consulted (RFC 9110 §13.1.3 lets a server ignore it).
        if (EntityTags.NoneMatchHits(httpContext.Request, ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }
}
