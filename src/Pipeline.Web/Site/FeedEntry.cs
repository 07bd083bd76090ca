using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Web.Site;

/// <summary>
/// One article as both feeds carry it. <see cref="Url"/> is also the entry id (stable across re-renders);
/// <see cref="Summary"/> is null for an article without excerpt; <see cref="ContentHtml"/> is set only when the
/// site's feeds carry full content.
/// </summary>
public sealed record FeedEntry(
    string Url,
    string Title,
    string Language,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    IReadOnlyList<string> Tags,
    string? Summary,
    string? ContentHtml)
{
    public static FeedEntry Create(SiteUrls urls, FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(item);
        var article = item.Entry;
        return new FeedEntry(
            urls.Absolute(SitePaths.Article(article.Slug)),
            article.Title,
            article.Lang,
            article.Date,
            article.LastModified(),
            article.Tags,
            article.Excerpt.Length > 0 ? article.Excerpt : null,
            item.ContentHtml);
    }
}
