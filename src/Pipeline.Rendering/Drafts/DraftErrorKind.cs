namespace Pipeline.Rendering.Drafts;

/// <summary>
/// Why a draft cannot be published: the one list of error kinds, from the renderer, the publisher and the trigger
/// engine alike. Status rows store the member name, so names are part of the stored format: add, never rename.
/// Every kind but <see cref="Poisoned"/> is permanent: retrying the same bytes fails the same way.
/// </summary>
public enum DraftErrorKind
{
    TooLarge,
    NotText,
    Empty,
    FrontMatter,
    UnsupportedType,
    InvalidSlug,

    /// <summary>The slug is another draft's live article. Depends on that draft: re-evaluated when the slug is freed.</summary>
    SlugConflict,

    /// <summary>The renderer threw something other than a <see cref="DraftException"/> (a bug, but a deterministic one).</summary>
    RenderFailed,

    /// <summary>The trigger engine gave up after repeated storage or host faults; reconcile retries it.</summary>
    Poisoned,

    /// <summary>The draft's path is too long to key an index row by.</summary>
    PathTooLong,

    /// <summary>A value (a title, a tag, the metadata as a whole) is larger than the index can store.</summary>
    FieldTooLarge,

    /// <summary>
    /// Nested deeper, or built of more inline markup, than the renderer's limits (<c>RenderingOptions</c>) allow; or
    /// front matter nested deeper than the index stores.
    /// </summary>
    TooComplex,
}
