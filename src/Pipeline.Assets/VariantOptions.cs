namespace Pipeline.Assets;

/// <summary>Which variants are made: the widths (never wider than the source), the social-card width, and quality.</summary>
public sealed record VariantOptions
{
    /// <summary>Widths offered in <c>srcset</c>, each in WebP and in the source's own format.</summary>
    public IReadOnlyList<int> Widths { get; init; } = [480, 960, 1600];

    /// <summary>The <c>og:image</c> / JSON-LD image width (source format only; the source itself when narrower).</summary>
    public int SocialWidth { get; init; } = 1200;

    /// <summary>Lossy encoder quality (WebP, JPEG).</summary>
    public int Quality { get; init; } = 80;

    public static VariantOptions Default { get; } = new();
}
