namespace Pipeline.Web;

/// <summary>Settings of the HTTP layer, bound from the <c>Pipeline:Web</c> configuration section.</summary>
public sealed class PipelineWebOptions
{
    /// <summary>Configuration section (below <c>Pipeline</c>) bound to these options.</summary>
    public const string Section = "Pipeline:Web";

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs listing cursors. Every instance serving one site must share it;
    /// when unset a random key is generated per process, which is right for a local run only.
    /// </summary>
    public string? CursorKey { get; set; }

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs preview links (<c>/preview/{token}</c>). The host that serves them
    /// and the <c>pipeline preview-link</c> that issues them need the same key; when unset, preview links are off.
    /// </summary>
    public string? PreviewKey { get; set; }

    /// <summary>Cache-Control of JSON listings and article metadata; short, since publishing changes them (ETags make revalidation cheap).</summary>
    public string ApiCacheControl { get; set; } = "public, max-age=30";

    /// <summary>Cache-Control of <c>/api/drafts</c>: an author's view, always revalidated.</summary>
    public string DraftsCacheControl { get; set; } = "no-cache";

    /// <summary>
    /// Content-Security-Policy of article pages: the HTML is sanitised already; this is the second line of defence
    /// (no script runs, nothing is embedded as a plugin, no base-URL hijack, no framing by another site).
    /// </summary>
    public string PageContentSecurityPolicy { get; set; } = "script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
}
