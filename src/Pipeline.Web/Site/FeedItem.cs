using Pipeline.Publishing.Stores;
namespace Pipeline.Web.Site;

/// <summary>A listed article as a feed carries it: the index row and, when feeds carry full content, its body HTML.</summary>
public sealed record FeedItem(ArticleSummary Entry, string? ContentHtml)
{
    /// <summary>When the newest of <paramref name="items"/> last changed (the Unix epoch for an empty feed, so it stays stable).</summary>
    public static DateTimeOffset Newest(IEnumerable<FeedItem> items) => items.Select(i => i.Entry).Newest();
}
