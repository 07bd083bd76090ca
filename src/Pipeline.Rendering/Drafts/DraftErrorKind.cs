namespace Pipeline.Rendering.Drafts;

/// <summary>Why a draft cannot be published. Every kind is permanent: retrying the same bytes fails the same way.</summary>
public enum DraftErrorKind
{
    TooLarge,
    NotText,
    Empty,
    FrontMatter,
    UnsupportedType,
    InvalidSlug,
    SlugConflict,

    /// <summary>Nested deeper, or built of more inline markup, than the renderer's limits (<c>RenderingOptions</c>) allow.</summary>
    TooComplex,
}
