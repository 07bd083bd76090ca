namespace Pipeline.Browser.Tests;

/// <summary>What a reader sees following a listing's "older" links from its first page to its last.</summary>
public sealed record ListingWalk(IReadOnlyList<string> ArticlePaths, IReadOnlyList<DateTimeOffset> Dates, int Pages)
{
    /// <summary>Opens <paramref name="start"/> and follows <c>rel="next"</c> until there is none (at most <paramref name="maxPages"/>).</summary>
    public static async Task<ListingWalk> FollowAsync(PageProbe probe, Uri start, int maxPages = 50)
    {
        var paths = new List<string>();
        var dates = new List<DateTimeOffset>();
        Uri? next = start;
        var pages = 0;
        while (next is not null && pages < maxPages)
        {
            var status = await probe.GotoAsync(next);
            Assert.Equal(200, status);
            pages++;
            var hrefs = await probe.Page.Locator("main article h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.pathname)");
            var times = await probe.Page.Locator("main article time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
            paths.AddRange(hrefs.Select(Uri.UnescapeDataString));
            dates.AddRange(times.Select(t => DateTimeOffset.Parse(t, System.Globalization.CultureInfo.InvariantCulture)));
            var older = probe.Page.Locator("a[rel=next]");
            next = await older.CountAsync() == 0 ? null : new Uri(probe.Page.Url is { } url ? new Uri(url) : start, await older.GetAttributeAsync("href"));
        }

        return new ListingWalk(paths, dates, pages);
    }
}
