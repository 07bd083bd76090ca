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
}
