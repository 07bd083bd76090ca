using Pipeline.Rendering;

namespace Pipeline.Publishing.Api;

/// <summary>
/// Everything <c>GET /api/articles/{slug}</c> tells about one article: the listing fields plus summary, authors,
/// image, counts and the table of contents.
/// </summary>
public sealed record ArticleDetailView
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Excerpt { get; init; }
    public required string Lang { get; init; }
    public DateTimeOffset Date { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public int ReadingMinutes { get; init; }
    public required string Url { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Image { get; init; }
    public int CharCount { get; init; }
    public int WordCount { get; init; }
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];
}
