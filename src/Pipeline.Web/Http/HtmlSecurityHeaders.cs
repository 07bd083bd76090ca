using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Http;

/// <summary>
/// The headers every HTML answer carries besides its Content-Security-Policy: no framing by other sites
/// (clickjacking; <c>frame-ancestors 'none'</c> in the policies says the same to browsers that read CSP), only the
/// origin as referrer across sites, and no content sniffing.
/// </summary>
public static class HtmlSecurityHeaders
{
    public const string FrameOptions = "DENY";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>Policy of the small generated pages (not found, gone): they load nothing at all.</summary>
    public const string GeneratedPagePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static void Apply(IHeaderDictionary headers, string contentSecurityPolicy)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XFrameOptions = FrameOptions;
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers.XContentTypeOptions = "nosniff";
    }
}
