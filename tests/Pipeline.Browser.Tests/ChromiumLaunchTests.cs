using Microsoft.Playwright;

namespace Pipeline.Browser.Tests;

/// <summary>Proves the browser itself works here before any page is judged by it.</summary>
public sealed class ChromiumLaunchTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Renders_Japanese_text_with_a_CJK_font_and_takes_a_screenshot()
    {
        await using var context = await chromium.NewContextAsync(640, 200);
        var page = await context.NewPageAsync();
        const string html = "<!doctype html><html lang=ja><meta charset=utf-8><body style='margin:0'>"
            + "<p id=t style='font-size:32px'>日本語の見出しと本文</p><p id=l style='font-size:32px'>iiiiiiiiii</p></body></html>";
        await page.GotoAsync("data:text/html;charset=utf-8," + Uri.EscapeDataString(html));

        // Without a CJK font Chromium draws tofu boxes; ask it which platform font actually drew the text.
        var fonts = await PlatformFontsAsync(context, page, "#t");
        var text = await page.InnerTextAsync("#t");
        var screenshot = await page.ScreenshotAsync();

        Assert.Equal("日本語の見出しと本文", text);
        Assert.Contains(fonts, f => f.Contains("IPA", StringComparison.OrdinalIgnoreCase));
        Assert.True(screenshot.Length > 1000);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], screenshot[..4]);
    }

    private static async Task<IReadOnlyList<string>> PlatformFontsAsync(IBrowserContext context, IPage page, string selector)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        var rootId = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var found = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = rootId, ["selector"] = selector });
        var nodeId = found!.Value.GetProperty("nodeId").GetInt32();
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = nodeId });
        return fonts!.Value.GetProperty("fonts").EnumerateArray()
            .Select(f => f.GetProperty("familyName").GetString() ?? "")
            .ToList();
    }
}
