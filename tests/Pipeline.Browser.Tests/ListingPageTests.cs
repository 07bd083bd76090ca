using System.Text.RegularExpressions;

namespace Pipeline.Browser.Tests;

/// <summary>The index and tag pages in a real browser: order, paging, tag matching, landmarks.</summary>
[Collection(SiteCollection.Name)]
public sealed class ListingPageTests(SiteFixture site, ChromiumFixture chromium)
{
    [Fact]
    public async Task Following_older_links_from_the_index_reaches_every_article_once_newest_first()
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, 1280);
        var walk = await ListingWalk.FollowAsync(probe, site.Absolute("/"));

        var published = site.Drafts.Where(d => d.State == "published").Select(d => Uri.UnescapeDataString(d.Url!)).ToList();
        Assert.Equal(published.Count, walk.ArticlePaths.Count);
        Assert.Equal(published.Order(StringComparer.Ordinal), walk.ArticlePaths.Order(StringComparer.Ordinal));
        Assert.Equal(walk.Dates.OrderByDescending(d => d), walk.Dates);
        Assert.Equal((published.Count + SiteFixture.PageSize - 1) / SiteFixture.PageSize, walk.Pages);
        var xss = walk.ArticlePaths.Where(p => p.StartsWith("/articles/xss-", StringComparison.Ordinal)).ToList();
        Assert.Equal(site.Corpus.XssSlugsNewestFirst.Select(s => "/articles/" + s), xss);
        Assert.Empty(probe.ConsoleErrors);
        Assert.Empty(probe.FailedRequests);
    }

    [Fact]
    public async Task Newer_link_leads_back_to_the_page_before()
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, 1280);
        await probe.GotoAsync(site.Absolute("/"));
        var first = await FirstArticleAsync(probe);
        await FollowAsync(probe, "next");
        await FollowAsync(probe, "next");
        var third = await FirstArticleAsync(probe);
        await FollowAsync(probe, "prev");
        await FollowAsync(probe, "prev");

        Assert.NotEqual(first, third);
        Assert.Equal(first, await FirstArticleAsync(probe));
        Assert.Equal(0, await probe.Page.Locator("a[rel=prev]").CountAsync());
    }

    [Fact]
    public async Task A_tag_page_lists_exactly_its_articles_in_order_under_the_tags_display_name()
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, 1280);
        var walk = await ListingWalk.FollowAsync(probe, site.Absolute("/tags/" + DraftCorpus.XssTag));

        Assert.Equal(site.Corpus.XssSlugsNewestFirst.Select(s => "/articles/" + s), walk.ArticlePaths);
        Assert.Contains(DraftCorpus.XssTag, await probe.Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Full_width_and_ascii_spellings_of_a_tag_are_one_tag()
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, 1280);
        var fullWidth = await ListingWalk.FollowAsync(probe, site.Absolute("/tags/" + Uri.EscapeDataString("ＡＩ")));
        var ascii = await ListingWalk.FollowAsync(probe, site.Absolute("/tags/ai"));

        // Every XSS draft carries ＡＩ or ai (alternately): both spellings list all of them.
        Assert.Equal(site.Corpus.XssSlugsNewestFirst.Select(s => "/articles/" + s), fullWidth.ArticlePaths);
        Assert.Equal(fullWidth.ArticlePaths, ascii.ArticlePaths);
    }

    [Fact]
    public async Task A_japanese_tag_page_lists_its_article()
    {
        var tokyo = Uri.UnescapeDataString(site.ArticleUrl("tokyo-autumn.ja.md"));
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, 1280);
        var walk = await ListingWalk.FollowAsync(probe, site.Absolute("/tags/" + Uri.EscapeDataString("東京")));

        Assert.Equal([tokyo], walk.ArticlePaths);
        Assert.Contains("東京", await probe.Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_index_has_landmarks_one_h1_japanese_lang_and_no_sideways_scrolling(int width)
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, width, PageProbe.HeightFor(width));
        Assert.Equal(200, await probe.GotoAsync(site.Absolute("/")));

        Assert.Equal("ja", await probe.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal(1, await probe.Page.Locator("h1").CountAsync());
        Assert.Equal(1, await probe.Page.Locator("main").CountAsync());
        Assert.True(await probe.Page.Locator("nav").CountAsync() >= 2);
        Assert.Equal(SiteFixture.PageSize, await probe.Page.Locator("main article").CountAsync());
        Assert.Equal(SiteFixture.PageSize, await probe.Page.Locator("main article time[datetime]").CountAsync());
        Assert.False(await probe.OverflowsHorizontallyAsync());
        Assert.True(await probe.HasReadableMeasureAsync(), "lines are longer than a comfortable measure");
        Assert.Empty(probe.ConsoleErrors);
        Assert.Empty(probe.FailedRequests);

        var text = await probe.Page.Locator("main").InnerTextAsync();
        Assert.Matches(new Regex("約\\d+分"), text);
        await Screenshots.SaveAsync(probe.Page, width >= 1000 ? "index-desktop.png" : "index-mobile.png");
    }

    private static Task<string?> FirstArticleAsync(PageProbe probe) =>
        probe.Page.Locator("main article h2 a").First.GetAttributeAsync("href");

    /// <summary>
    /// Goes where the page's <c>a[rel]</c> link points, as a reader's click would: the pages have no script, so the
    /// link's href is all a click does. Clicking through Playwright was flaky in CI (a click during a late layout
    /// shift landed beside the link and the wait for the new URL timed out).
    /// </summary>
    private static async Task FollowAsync(PageProbe probe, string rel)
    {
        var link = probe.Page.Locator($"a[rel={rel}]");
        var target = new Uri(new Uri(probe.Page.Url), await link.GetAttributeAsync("href"));
        Assert.Equal(200, await probe.GotoAsync(target));
    }
}
