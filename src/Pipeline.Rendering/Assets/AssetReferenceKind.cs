namespace Pipeline.Rendering.Assets;

/// <summary>How a draft refers to an asset: shown as an image (Markdown <c>![…](…)</c>, raw <c>&lt;img&gt;</c>, front-matter <c>image</c>) or linked to (<c>[slides](deck.pdf)</c>).</summary>
public enum AssetReferenceKind
{
    Image,
    Link,
}
