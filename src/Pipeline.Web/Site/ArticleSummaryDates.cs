using Pipeline.Publishing.Stores;

namespace Pipeline.Web.Site;

/// <summary>When a listed article last changed, for feeds, sitemaps and <c>Last-Modified</c>.</summary>
public static class ArticleSummaryDates
{
    public static DateTimeOffset LastModified(this ArticleSummary article) =>
        article.Updated is { } updated && updated > article.Date ? updated : article.Date;

    /// <summary>The newest change among <paramref name="articles"/> (the Unix epoch for none, so empty answers stay stable).</summary>
    public static DateTimeOffset Newest(this IEnumerable<ArticleSummary> articles) =>
        articles.Select(LastModified).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
}
