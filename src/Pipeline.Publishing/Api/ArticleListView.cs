using Pipeline.Publishing.Stores;

namespace Pipeline.Publishing.Api;

/// <summary>A page of <c>GET /api/articles</c>, newest first; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record ArticleListView(IReadOnlyList<ArticleSummary> Items, string? NextCursor);
