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
/// <param name="Asset">The asset found (published, or refused with <see cref="ResolvedAsset.Refusal"/>), or null when no candidate exists; a warning says which.</param>
public sealed record AssetReference(int Line, string Reference, AssetReferenceKind Kind, IReadOnlyList<string> LookedIn, ResolvedAsset? Asset)
{
    /// <summary>True when the page shows the missing-image placeholder: nothing found, or found but refused.</summary>
    public bool IsMissing => Asset is null || Asset.Refusal is not null;

    /// <summary>The published asset to show, or null when <see cref="IsMissing"/>.</summary>
    public ResolvedAsset? Published => IsMissing ? null : Asset;
}
