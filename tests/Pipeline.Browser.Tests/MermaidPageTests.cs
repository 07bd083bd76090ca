using System.Diagnostics;
using System.Globalization;
using Pipeline.Rendering.Configuration;
using Xunit.Abstractions;

namespace Pipeline.Browser.Tests;

/// <summary>
/// A draft with two <c>```mermaid</c> blocks (<c>Pages/mermaid.md</c>): the page loads the site's own mermaid script,
/// allowed by its hash, and Chromium draws each block as an SVG with nothing asked of another host. What the script
/// costs (bytes over the wire, time until the diagrams are drawn) is written to the test output for docs/benchmarks.md.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class MermaidPageTests(SiteFixture site, ChromiumFixture chromium, ITestOutputHelper output)
{
    private const string Draft = "pages/mermaid.md";

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Diagrams_are_drawn_as_svg_by_the_sites_own_script(int width)
    {
        await using var probe = await PageProbe.OpenAsync(chromium, site.BaseAddress, width, PageProbe.HeightFor(width));
        var clock = Stopwatch.StartNew();
        Assert.Equal(200, await probe.GotoAsync(site.Absolute(site.ArticleUrl(Draft))));
        await probe.Page.WaitForFunctionAsync("() => document.querySelectorAll('pre.mermaid svg').length === 2");
        var drawn = clock.Elapsed;

        var boxes = await probe.BoxesAsync("pre.mermaid svg");
        Assert.All(boxes, box => Assert.True(box[0] > 50 && box[1] > 50, $"a diagram is {box[0]}×{box[1]} px"));
        Assert.Contains("下書きを書く", await probe.Page.Locator("pre.mermaid").First.InnerTextAsync(), StringComparison.Ordinal);

        Assert.False(await probe.OverflowsHorizontallyAsync(), "the page scrolls sideways");
        Assert.Empty(probe.ConsoleErrors);
        Assert.Empty(probe.FailedRequests);
        Assert.Empty(probe.ForeignRequests);

        // The one script on the page is the site's, and what it cost.
        var scripts = await probe.Page.Locator("script[src]").EvaluateAllAsync<string[]>("s => s.map(e => new URL(e.src).pathname)");
        Assert.Equal([SitePaths.MermaidScript], scripts);
        var timing = await probe.Page.EvaluateAsync<double[]>("""
            p => { const e = performance.getEntriesByType('resource').find(r => new URL(r.name).pathname === p);
                   const n = performance.getEntriesByType('navigation')[0];
                   return [e.encodedBodySize, e.decodedBodySize, e.duration, n.domContentLoadedEventEnd, n.loadEventEnd, performance.now()]; }
            """, SitePaths.MermaidScript);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"width {width}: script {timing[0]:F0} B on the wire ({timing[1]:F0} B decoded), fetched in {timing[2]:F0} ms; DOMContentLoaded {timing[3]:F0} ms, load {timing[4]:F0} ms; both diagrams drawn {drawn.TotalMilliseconds:F0} ms after navigation began"));

        await Screenshots.SaveAsync(probe.Page, width >= 1000 ? "mermaid-desktop.png" : "mermaid-mobile.png");
    }
}
