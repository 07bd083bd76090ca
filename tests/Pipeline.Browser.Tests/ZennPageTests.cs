namespace Pipeline.Browser.Tests;

/// <summary>
/// A Zenn draft (<c>Pages/zenn-blocks.md</c>) with math, highlighted code, message boxes, details, cards and a YouTube embed, published
/// through the local host and opened in Chromium. The only request that may leave the site is the player frame
/// (blocked here, as there is no network: the test checks the page asks for nothing else).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ZennPageTests(SiteFixture site, ChromiumFixture chromium)
{
    private const string Draft = "pages/zenn-blocks.md";
    private const string PlayerPrefix = "https://www.youtube-nocookie.com/embed/";

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Zenn_blocks_show_styled_and_only_the_player_frame_leaves_the_site(int width)
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, width, PageProbe.HeightFor(width));
        Assert.Equal(200, await probe.GotoAsync(site.Absolute(site.ArticleUrl(Draft))));

        // Formulas are laid-out MathML boxes and the code carries several token colours.
        var mathBoxes = await probe.MathBoxesAsync();
        Assert.Equal(2, mathBoxes.Length);
        Assert.All(mathBoxes, box => Assert.True(box[0] > 1 && box[1] > 1, $"a formula is {box[0]}×{box[1]} px"));
        var colours = await probe.TokenColoursAsync();
        Assert.True(colours.Length > 1, "token colours: " + string.Join(", ", colours));
        Assert.Equal(["src/main.rs"], await probe.Page.Locator("figcaption.code-filename").AllInnerTextsAsync());

        // Message boxes are set apart from the text: a background of their own and, for alerts, another colour.
        var backgrounds = await probe.Page.Locator("aside.msg").EvaluateAllAsync<string[]>("boxes => boxes.map(b => getComputedStyle(b).backgroundColor)");
        Assert.Equal(2, backgrounds.Length);
        Assert.All(backgrounds, colour => Assert.NotEqual("rgba(0, 0, 0, 0)", colour));
        Assert.NotEqual(backgrounds[0], backgrounds[1]);
        Assert.Equal("警告", await probe.Page.Locator("aside.msg.alert").GetAttributeAsync("aria-label"));

        // Details start closed with their title, and open on a click.
        var details = probe.Page.Locator("article details");
        Assert.Equal("クリックで開く詳細", await details.Locator("summary").InnerTextAsync());
        Assert.False(await details.EvaluateAsync<bool>("d => d.open"));
        await details.Locator("summary").ClickAsync();
        Assert.True(await details.EvaluateAsync<bool>("d => d.open"));

        // One player frame, 16:9 and as wide as the column; cards and the invalid embed's note are in place.
        var frame = await probe.Page.Locator("iframe").EvaluateAsync<double[]>("f => { const r = f.getBoundingClientRect(); return [r.width, r.height]; }");
        Assert.InRange(frame[0] / frame[1], 1.7, 1.85);
        Assert.Equal(2, await probe.Page.Locator("a.link-card").CountAsync());
        Assert.Equal(1, await probe.Page.Locator(".embed-error").CountAsync());
        Assert.Equal(2, await probe.Page.Locator("article .article-body p").First.Locator("br").CountAsync() + 1);

        Assert.False(await probe.OverflowsHorizontallyAsync(), "the page scrolls sideways");
        Assert.Empty(probe.ConsoleErrors);
        Assert.Empty(probe.FailedRequests);
        Assert.All(probe.ForeignRequests, url => Assert.StartsWith(PlayerPrefix, url, StringComparison.Ordinal));
        await probe.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshots.SaveAsync(probe.Page, width >= 1000 ? "zenn-desktop.png" : "zenn-mobile.png");
    }
}
