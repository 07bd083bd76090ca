namespace Pipeline.Publishing.Stores;

/// <summary>One item of the article listing (<c>GET /api/articles</c>); <see cref="Tags"/> are display names.</summary>
public sealed record ArticleSummary(
    string Slug,
    string Title,
    string Excerpt,
    string Lang,
    DateTimeOffset Date,
    DateTimeOffset? Updated,
    IReadOnlyList<string> Tags,
    int ReadingMinutes,
    string Url);
