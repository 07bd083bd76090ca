using Pipeline.Rendering;

namespace Pipeline.Publishing.Stores;

/// <summary>
/// The row a slug resolves to, read in one point read. For <see cref="SlugState.Article"/>,
/// <see cref="Summary"/>, <see cref="Metadata"/> (everything incl. the table of contents), <see cref="PageBlob"/>
/// and <see cref="TagKeys"/> are set; for <see cref="SlugState.Redirect"/>, <see cref="Target"/>.
/// <see cref="Owner"/> is the draft path that claimed the slug. <see cref="ETag"/> is the row's table ETag
/// (null for a row not yet stored).
/// </summary>
public sealed record SlugRecord
{
    public required string Slug { get; init; }
    public required SlugState State { get; init; }
    public required string Owner { get; init; }
    public string? Target { get; init; }
    public ArticleSummary? Summary { get; init; }
    public ArticleMetadata? Metadata { get; init; }
    public string? PageBlob { get; init; }
    public DateTimeOffset SortDate { get; init; }
    public IReadOnlyList<string> TagKeys { get; init; } = [];
    public DateTimeOffset? Changed { get; init; }
    public string? ETag { get; init; }
}
