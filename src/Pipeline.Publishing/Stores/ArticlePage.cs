namespace Pipeline.Publishing.Stores;

/// <summary>A page of the listing and the position to continue after, or <c>null</c> on the last page.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleSummary> Items, string? Next);
