namespace Pipeline.Rendering.Assets;

/// <summary>
/// A reference that resolved: the asset's blob name in the drafts container, its published URL (site-relative, e.g.
/// <c>/assets/{hash}/fig.png</c>, or absolute), the source's intrinsic size (null for downloads and images without
/// one), the resized variants for <c>srcset</c>/<c>&lt;picture&gt;</c> (none for SVG, animations and downloads), and
/// the social-card URL for <c>og:image</c>.
/// </summary>
public sealed record ResolvedAsset(string BlobName, string Url, int? Width, int? Height)
{
    public IReadOnlyList<ResolvedVariant> Variants { get; init; } = [];

    /// <summary>The 1200 px wide variant (or the source when it is narrower) for <c>og:image</c> and JSON-LD <c>image</c>; null when the asset is no raster image.</summary>
    public string? SocialUrl { get; init; }

    /// <summary>The source's content type (<c>image/png</c>, <c>application/pdf</c>): its own-format variants share it.</summary>
    public string? ContentType { get; init; }

    /// <summary>
    /// Why the file exists but is not published (corrupt, bytes not matching the name, too many pixels…), in the
    /// inspector's words; null for a published asset. The page shows it as missing and the warning gives this reason.
    /// </summary>
    public string? Refusal { get; init; }

    /// <summary>
    /// What the author should know about a published asset the page still shows — e.g. its file was deleted and the
    /// page keeps the last published copy — as the rest of a warning sentence ("was deleted; …"); null when all is well.
    /// </summary>
    public string? Notice { get; init; }

    /// <summary>A file that is there but refused: <see cref="Refusal"/> says why; it has no URL to show.</summary>
    public static ResolvedAsset Refused(string blobName, string reason) => new(blobName, "", null, null) { Refusal = reason };
}
