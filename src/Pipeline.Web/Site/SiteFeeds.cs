using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;

namespace Pipeline.Web.Site;

/// <summary>
/// What every machine-readable answer of the site is made from: the newest <see cref="SiteOptions.FeedSize"/>
/// articles for the feeds, every article for the sitemap, wrapped as cacheable responses.
/// </summary>
public sealed class SiteFeeds(
    ISiteListing listing,
    IArticleBodySource bodies,
    IOptions<PipelineOptions> options,
    IOptions<PipelineWebOptions> webOptions)
{
    /// <summary>Largest page asked of the index while walking it for the sitemap.</summary>
    private const int SitemapBatch = 100;

    public SiteOptions Site => options.Value.Site;

    public SiteLinks Links => new(Site.BaseUrl);

    public async Task<IReadOnlyList<FeedItem>> NewestAsync(CancellationToken cancellationToken)
    {
        var page = await listing.ListAsync(null, Math.Clamp(Site.FeedSize, 1, 1000), null, cancellationToken);
        if (!Site.FeedFullContent)
        {
            return page.Items.Select(e => new FeedItem(e, null)).ToList();
        }

        var bodiesInOrder = await Task.WhenAll(page.Items.Select(e => bodies.GetBodyHtmlAsync(e.Slug, cancellationToken)));
        return page.Items.Select((e, i) => new FeedItem(e, bodiesInOrder[i])).ToList();
    }

    public async Task<IReadOnlyList<SiteEntry>> EverythingAsync(CancellationToken cancellationToken)
    {
        var entries = new List<SiteEntry>();
        string? position = null;
        do
        {
            var page = await listing.ListAsync(null, SitemapBatch, position, cancellationToken);
            entries.AddRange(page.Items);
            position = page.NextPosition;
        }
        while (position is not null && entries.Count < SitemapWriter.MaxUrls - 1);

        return entries.Take(SitemapWriter.MaxUrls - 1).ToList();
    }

    public IResult Respond(byte[] body, string contentType, DateTimeOffset? lastModified) =>
        new CacheableContent(body, contentType, lastModified, webOptions.Value.PageMaxAgeSeconds);
}
