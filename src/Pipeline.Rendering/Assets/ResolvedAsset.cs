namespace Pipeline.Rendering.Assets;

/// <summary>
/// A reference that resolved: the published URL, the source's intrinsic size (null for downloads and SVG without
/// one), the resized variants for <c>srcset</c>/<c>&lt;picture&gt;</c>, and the social-card URL for <c>og:image</c>.
/// </summary>
public sealed record ResolvedAsset(string BlobName, string Url, int? Width, int? Height)
{
    public IReadOnlyList<ResolvedVariant> Variants { get; init; } = [];

    /// <summary>The 1200 px wide variant (or the source when it is narrower) for <c>og:image</c> and JSON-LD <c>image</c>.</summary>
    public string? SocialUrl { get; init; }
}
