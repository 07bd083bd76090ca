using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Web.Site;

/// <summary>
/// What both feeds say, decided once: the feed's title, language, links and last change, and each entry's id, links,
/// dates, language, tags, summary and content. <see cref="AtomFeedWriter"/> and <see cref="JsonFeedWriter"/> only
/// spell it in their format, so the two feeds cannot drift apart (same ids, same URLs, same dates).
/// </summary>
public sealed record FeedDocument(
    string Title,
    string Language,
    string HomeUrl,
    string SelfUrl,
    DateTimeOffset Updated,
    IReadOnlyList<FeedEntry> Entries)
{
    /// <summary>The site itself is the author: articles carry no author of their own.</summary>
    public string AuthorName => Title;

    /// <param name="selfPath">Where this feed is served (<see cref="SitePaths.AtomFeed"/> or <see cref="SitePaths.JsonFeed"/>).</param>
    public static FeedDocument Create(SiteOptions site, SiteUrls urls, IReadOnlyList<FeedItem> items, string selfPath)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(items);
        return new FeedDocument(
            site.Title,
            site.Language,
            urls.Absolute(SitePaths.Index),
            urls.Absolute(selfPath),
            FeedItem.Newest(items),
            items.Select(item => FeedEntry.Create(urls, item)).ToList());
    }
}
