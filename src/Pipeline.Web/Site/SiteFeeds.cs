using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Web.Site;

/// <summary>
/// What every machine-readable answer of the site is made from: the newest <see cref="SiteOptions.FeedSize"/>
/// articles for the feeds, every article for the sitemap, wrapped as cacheable responses.
/// </summary>
public sealed class SiteFeeds(
    IArticleIndex index,
    IArticleBodySource bodies,
    SiteResponses responses,
    IOptions<RenderingOptions> options)
{
    /// <summary>Feeds are for "what is new"; a bigger configured size is cut to this.</summary>
    public const int MaxFeedSize = 1000;

    public SiteOptions Site => options.Value.Site;

    public SiteUrls Urls => new(Site);

    public async Task<IReadOnlyList<FeedItem>> NewestAsync(CancellationToken cancellationToken)
    {
        var newest = await ReadAsync(Math.Clamp(Site.FeedSize, 1, MaxFeedSize), cancellationToken);
        if (!Site.FeedFullContent)
        {
            return newest.Select(e => new FeedItem(e, null)).ToList();
        }

        var bodiesInOrder = await Task.WhenAll(newest.Select(e => bodies.GetBodyHtmlAsync(e.Slug, cancellationToken)));
        return newest.Select((e, i) => new FeedItem(e, bodiesInOrder[i])).ToList();
    }

    /// <summary>Every article, newest first, up to what one sitemap may list (the index itself takes one URL).</summary>
    public Task<IReadOnlyList<ArticleSummary>> EverythingAsync(CancellationToken cancellationToken) =>
        ReadAsync(SitemapWriter.MaxUrls - 1, cancellationToken);

    /// <summary>The newest <paramref name="count"/> articles, read a page at a time.</summary>
    private async Task<IReadOnlyList<ArticleSummary>> ReadAsync(int count, CancellationToken cancellationToken)
    {
        var entries = new List<ArticleSummary>();
        string? position = null;
        do
        {
            var limit = Math.Min(ArticleQuery.MaxLimit, count - entries.Count);
            var page = await index.ListAsync(new ArticleQuery(limit, After: position), cancellationToken);
            entries.AddRange(page.Items);
            position = page.Next;
        }
        while (position is not null && entries.Count < count);

        return entries;
    }

    /// <summary>
    /// A feed response: the newest articles spelled by <paramref name="write"/> (Atom or JSON Feed), last modified when the
    /// newest of them changed.
    /// </summary>
    public async Task<IResult> RespondWithFeedAsync(
        HttpRequest request,
        Func<SiteOptions, SiteUrls, IReadOnlyList<FeedItem>, byte[]> write,
        string contentType)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(write);
        var items = await NewestAsync(request.HttpContext.RequestAborted);
        return Respond(write(Site, Urls, items), contentType, FeedItem.Newest(items));
    }

    public IResult Respond(byte[] body, string contentType, DateTimeOffset? lastModified) =>
        responses.Respond(body, contentType, lastModified);
}
