namespace Pipeline.Browser.Tests;

/// <summary>Published article pages in a real browser, read by a reader on a phone and on a desktop.</summary>
[Collection(SiteCollection.Name)]
public sealed class ArticlePageTests(SiteFixture site, ChromiumFixture chromium)
{
    /// <summary>The Japanese news summary every helper's tests use.</summary>
    public const string SampleDraft = "trump-lee-summit.ja.txt";

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_sample_article_opens_cleanly_in_japanese_without_sideways_scrolling(int width)
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, width, PageProbe.HeightFor(width));
        var status = await probe.GotoAsync(site.Absolute(site.ArticleUrl(SampleDraft)));

        Assert.Equal(200, status);
        Assert.Equal("ja", await probe.Page.GetAttributeAsync("html", "lang"));
        Assert.StartsWith("トランプ氏と李大統領会談で何が", await probe.Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await probe.Page.Locator("h1").CountAsync());
        Assert.Equal(1, await probe.Page.Locator("main").CountAsync());
        Assert.True(await probe.Page.Locator("article").CountAsync() >= 1);
        Assert.False(await probe.OverflowsHorizontallyAsync(), "the page scrolls sideways");
        Assert.True(await probe.HasReadableMeasureAsync(), "lines are longer than a comfortable measure");
        Assert.Empty(probe.ConsoleErrors);
        Assert.Empty(probe.FailedRequests);
        Assert.Empty(probe.ForeignRequests);
        await Screenshots.SaveAsync(probe.Page, width >= 1000 ? "article-desktop.png" : "article-mobile.png");
    }

    [Theory]
    [InlineData(SampleDraft)]
    [InlineData("tokyo-autumn.ja.md")]
    [InlineData("getting-started.md")]
    public async Task Every_table_of_contents_link_scrolls_to_its_heading(string draft)
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, 375, 640);
        await probe.GotoAsync(site.Absolute(site.ArticleUrl(draft)));
        var links = probe.Page.Locator("nav a[href^='#']");
        var targets = await links.EvaluateAllAsync<string[]>(
            "links => links.map(a => decodeURIComponent(a.getAttribute('href').slice(1)))");

        for (var i = 0; i < targets.Length; i++)
        {
            var id = targets[i];
            await probe.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await links.Nth(i).ClickAsync();
            Assert.True(await probe.Page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", id), $"no element has the id '{id}'");

            // Smooth scrolling may still be moving: wait (bounded by Playwright's timeout) for the heading to arrive.
            await probe.Page.WaitForFunctionAsync(
                "id => { const top = document.getElementById(id).getBoundingClientRect().top; return top > -2 && top < innerHeight; }",
                id,
                new() { Timeout = 5000 });
        }

        Assert.NotEmpty(targets);
        if (draft == SampleDraft)
        {
            // The sample's two sections, each with its question sub-heading.
            Assert.Equal(4, targets.Length);
        }
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_sample_key_points_sources_and_reaction_fit_the_column_and_read_in_japanese(int width)
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, width, PageProbe.HeightFor(width));
        await probe.GotoAsync(site.Absolute(site.ArticleUrl(SampleDraft)));

        string[] blocks = ["aside.key-points", "figure.source", "aside.reaction", "aside.next-page"];
        foreach (var selector in blocks)
        {
            var boxes = probe.Page.Locator("article " + selector);
            Assert.True(await boxes.CountAsync() >= 1, $"no {selector}");
            var fits = await boxes.EvaluateAllAsync<bool>(
                """
                els => els.every(el => { const r = el.getBoundingClientRect(); const main = document.querySelector('main').getBoundingClientRect();
                                        return r.width > 0 && r.left >= main.left - 1 && r.right <= main.right + 1 && el.scrollWidth <= el.clientWidth + 1; })
                """);
            Assert.True(fits, $"{selector} is wider than the text column at {width} px");
        }

        Assert.Equal(2, await probe.Page.Locator("article figure.source time[datetime='2025-08-26']").CountAsync());
        Assert.False(await probe.OverflowsHorizontallyAsync(), "the page scrolls sideways");

        // Japanese glyphs, not empty boxes: a key point is as tall as a line of text and wider than its marker.
        var point = probe.Page.Locator("article aside.key-points li").First;
        var box = await point.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 100 && box.Height >= 16, $"key point box {box.Width}x{box.Height}");

        var suffix = width >= 1000 ? "desktop" : "mobile";
        await probe.Page.EvaluateAsync("() => document.querySelector('article aside.key-points').scrollIntoView({ block: 'start' })");
        await Screenshots.SaveAsync(probe.Page, $"article-key-points-{suffix}.png");
        await probe.Page.EvaluateAsync("() => document.querySelector('article figure.source').scrollIntoView({ block: 'start' })");
        await Screenshots.SaveAsync(probe.Page, $"article-source-{suffix}.png");
        await probe.Page.EvaluateAsync("() => document.querySelector('article aside.reaction').scrollIntoView({ block: 'center' })");
        await Screenshots.SaveAsync(probe.Page, $"article-reaction-{suffix}.png");
        Assert.Empty(probe.ConsoleErrors);
    }

    [Fact]
    public async Task Article_links_to_the_index_and_each_of_its_tag_pages_resolve()
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, 1280);
        await probe.GotoAsync(site.Absolute(site.ArticleUrl("tokyo-autumn.ja.md")));
        var hrefs = await probe.Page.Locator("a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");

        Assert.Contains(hrefs, h => new Uri(h).AbsolutePath == "/");
        foreach (var tag in new[] { "旅行", "東京" })
        {
            var link = hrefs.Single(h => Uri.UnescapeDataString(new Uri(h).AbsolutePath) == "/tags/" + tag);
            using var response = await site.Http.GetAsync(new Uri(link));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
    }
}
