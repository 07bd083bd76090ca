using System.Globalization;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Configuration;
using Pipeline.Rendering;
using Pipeline.Web.Http;

namespace Pipeline.Web.Site;

/// <summary>
/// How every reader response is sent: a strong ETag over the exact bytes (so a response changes exactly when an
/// article it includes changes; 304 when the client's copy is current), <c>Last-Modified</c> from the newest
/// article it includes, the pages' Cache-Control, and for HTML the pages' Content-Security-Policy
/// and the other <see cref="HtmlSecurityHeaders"/>.
/// </summary>
public sealed class SiteResponses(IOptions<PipelineOptions> pipeline, IOptions<PipelineWebOptions> web)
{
    public ValidatedResult Respond(byte[] body, string contentType, DateTimeOffset? lastModified)
    {
        var result = Validated(body, contentType, EntityTags.ForContent(body), html: contentType == ContentTypes.Html);
        if (lastModified is { } modified)
        {
            result.ExtraHeaders["Last-Modified"] = modified.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);
        }

        return result;
    }

    /// <summary>
    /// An article page, sent like every other HTML page; its ETag is given (derived from the immutable page blob's
    /// name), so a revalidation is answered without reading the blob. <paramref name="frameSources"/> are the origins
    /// the article's embedded players load from (its metadata's <c>FrameSources</c>): the page's <c>frame-src</c>
    /// allows exactly those, every other page <c>'none'</c>; <paramref name="diagrams"/> (its metadata's
    /// <c>HasDiagrams</c>) allows the diagram script by its hash.
    /// </summary>
    public ValidatedResult Page(ReadOnlyMemory<byte> body, string contentType, string etag, IReadOnlyList<string>? frameSources = null, bool diagrams = false) =>
        Validated(body, contentType, etag, html: true, frameSources, diagrams);

    private ValidatedResult Validated(ReadOnlyMemory<byte> body, string contentType, string etag, bool html, IReadOnlyList<string>? frameSources = null, bool diagrams = false)
    {
        var result = new ValidatedResult(body, contentType, etag, pipeline.Value.PageCacheControl);
        if (html)
        {
            result.ExtraHeaders["Content-Security-Policy"] = PageSecurityPolicy.With(web.Value.PageContentSecurityPolicy, frameSources, diagrams);
            result.ExtraHeaders["X-Frame-Options"] = HtmlSecurityHeaders.FrameOptions;
            result.ExtraHeaders["Referrer-Policy"] = HtmlSecurityHeaders.ReferrerPolicy;
        }

        return result;
    }
}
