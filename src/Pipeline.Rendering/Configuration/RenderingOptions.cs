namespace Pipeline.Rendering.Configuration;

/// <summary>
/// What the renderer needs: its input limits and the site a page belongs to. Bound from the same <c>Pipeline</c>
/// configuration section as the publishing options, so <c>Pipeline:MaxDraftBytes</c> and <c>Pipeline:Site:…</c>
/// keep their names.
/// </summary>
public sealed class RenderingOptions
{
    /// <summary>The configuration section every pipeline setting lives under.</summary>
    public const string Section = "Pipeline";

    /// <summary>Largest draft accepted, in bytes (default 5 MiB).</summary>
    public long MaxDraftBytes { get; set; } = 5 * 1024 * 1024;

    public SiteOptions Site { get; set; } = new();
}
