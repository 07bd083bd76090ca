using System.Globalization;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Web.Http;

namespace Pipeline.Web.Site;

/// <summary>
/// How every reader response is sent: a strong ETag over the exact bytes (so a response changes exactly when an
/// article it includes changes; 304 when the client's copy is current), <c>Last-Modified</c> from the newest
/// article it includes, the pages' Cache-Control, and for HTML the pages' Content-Security-Policy.
/// </summary>
public sealed class SiteResponses(IOptions<PipelineOptions> pipeline, IOptions<PipelineWebOptions> web)
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public ValidatedResult Respond(byte[] body, string contentType, DateTimeOffset? lastModified)
    {
        var result = new ValidatedResult(body, contentType, EntityTags.ForContent(body), pipeline.Value.PageCacheControl);
        if (lastModified is { } modified)
        {
            result.ExtraHeaders["Last-Modified"] = modified.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);
        }

        if (contentType == HtmlContentType)
        {
            result.ExtraHeaders["Content-Security-Policy"] = web.Value.PageContentSecurityPolicy;
        }

        return result;
    }
}
