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

    /// <summary>How long clients and caches may keep a JSON listing or article before revalidating.</summary>
    public int ApiMaxAgeSeconds { get; set; } = 30;

    /// <summary>How long clients and caches may keep an article page before revalidating.</summary>
    public int PageMaxAgeSeconds { get; set; } = 60;
}
