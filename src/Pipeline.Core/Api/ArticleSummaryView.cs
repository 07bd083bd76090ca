namespace Pipeline.Core.Api;

/// <summary>One article in a listing (<c>GET /api/articles</c>); <see cref="Url"/> is the page's site-relative path.</summary>
public sealed record ArticleSummaryView(
    string Slug,
    string Title,
    string Excerpt,
    string Lang,
    DateTimeOffset? Date,
    DateTimeOffset? Updated,
    IReadOnlyList<string> Tags,
    int ReadingMinutes,
    string Url);
