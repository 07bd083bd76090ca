namespace Pipeline.Browser.Tests;

/// <summary>
/// A page with formulas and highlighted code (<c>Pages/math-and-code.md</c>), published through the local host
/// and laid out by Chromium: MathML rendered natively with no script, token colours from the layout's classes.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class MathAndCodePageTests(SiteFixture site, ChromiumFixture chromium)
{
    private const string Draft = "pages/math-and-code.md";

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Formulas_and_code_are_laid_out_without_script_or_sideways_scrolling(int width)
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, width, PageProbe.HeightFor(width));
        Assert.Equal(200, await probe.GotoAsync(site.Absolute(site.ArticleUrl(Draft))));

        // Every formula is a laid-out MathML box (Chromium renders MathML Core itself), and none is script.
        var mathBoxes = await probe.MathBoxesAsync();
        Assert.True(mathBoxes.Length >= 6, $"{mathBoxes.Length} formulas");
        Assert.All(mathBoxes, box => Assert.True(box[0] > 1 && box[1] > 1, $"a formula is {box[0]}×{box[1]} px"));
        Assert.Equal(0, await probe.Page.Locator("script:not([type='application/ld+json'])").CountAsync());

        // The broken formula shows as TeX in the error style.
        Assert.Equal(@"$\frac{1}{$", await probe.Page.Locator("code.math-error").InnerTextAsync());

        // Code tokens carry several colours, and the file names sit above their blocks.
        var colours = await probe.TokenColoursAsync();
        Assert.True(colours.Length > 3, "token colours: " + string.Join(", ", colours));
        Assert.Equal(["src/main.rs", "Cargo.toml"], await probe.Page.Locator("figcaption.code-filename").AllInnerTextsAsync());
        Assert.Equal(1, await probe.Page.Locator("code.language-diff-js ins").CountAsync());

        Assert.False(await probe.OverflowsHorizontallyAsync(), "the page scrolls sideways");
        Assert.Empty(probe.ConsoleErrors);
        Assert.Empty(probe.FailedRequests);
        Assert.Empty(probe.ForeignRequests);
        await Screenshots.SaveAsync(probe.Page, width >= 1000 ? "math-code-desktop.png" : "math-code-mobile.png");
    }
}
