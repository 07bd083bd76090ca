using Pipeline.Rendering.Assets;

namespace Pipeline.Rendering;

/// <summary>
/// A rendered article: its metadata, the article body HTML and the complete page, plus the warnings rendering
/// raised (kept out of <see cref="ArticleMetadata"/>, which is public through the API; the publisher may show them
/// to the author in the draft's status). <see cref="AssetReferences"/> lists every local image and file reference with
/// how it resolved, so the publisher can record which assets the article depends on (hits and misses alike).
/// </summary>
public sealed record Article(ArticleMetadata Metadata, string BodyHtml, string PageHtml)
{
    public IReadOnlyList<RenderWarning> Warnings { get; init; } = [];

    /// <summary>The local references in document order (front-matter cover first); a miss also has a warning.</summary>
    public IReadOnlyList<AssetReference> AssetReferences { get; init; } = [];

    /// <summary>Every blob name the render looked up, once each, in order: the assets whose upload, change or deletion can change this page.</summary>
    public IReadOnlyList<string> AssetPaths => AssetReferences.SelectMany(reference => reference.LookedIn).Distinct(StringComparer.Ordinal).ToList();
}
