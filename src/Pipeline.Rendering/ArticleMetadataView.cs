namespace Pipeline.Rendering;

/// <summary>The fields of <see cref="ArticleMetadata"/> in the order <see cref="ArticleMetadataJson"/> prints them.</summary>
internal sealed record ArticleMetadataView(
    string Title,
    string Slug,
    string Lang,
    DateTimeOffset? Date,
    DateTimeOffset? Updated,
    IReadOnlyList<string> Tags,
    string Excerpt,
    int ReadingMinutes,
    int CharCount,
    int WordCount,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<string> FrameSources,
    bool HasDiagrams,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<Citation> Citations,
    string ContentHash,
    bool Draft,
    string? Summary,
    IReadOnlyList<string> Authors,
    string? Image,
    IReadOnlyList<string> Aliases,
    string SourcePath,
    string RendererVersion,
    IReadOnlyDictionary<string, object?> Extra);
