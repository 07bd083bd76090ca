namespace Pipeline.Rendering.Assets;

/// <summary>
/// One local reference a rendered article made, and how it resolved — the contract between rendering and the asset
/// publisher (<see cref="Article.AssetReferences"/>). <see cref="LookedIn"/> lists the blob names the renderer asked the
/// resolver for, in order: for a hit, the candidates up to and including <see cref="Asset"/>'s blob; for a miss, all of
/// them. The publisher stores a dependency on every name in <see cref="LookedIn"/>: an upload of any of them can change
/// the page (a miss becomes a hit, or a nearer candidate now wins), and a change or deletion of the hit must re-render it.
/// </summary>
/// <param name="Line">1-based line in the draft file (front matter included).</param>
/// <param name="Reference">The reference as the author wrote it (<c>./fig.jpg</c>, <c>/images/x/fig.png</c>).</param>
/// <param name="Asset">The published asset, or null when no candidate exists (a warning says so).</param>
public sealed record AssetReference(int Line, string Reference, AssetReferenceKind Kind, IReadOnlyList<string> LookedIn, ResolvedAsset? Asset)
{
    public bool IsMissing => Asset is null;
}
