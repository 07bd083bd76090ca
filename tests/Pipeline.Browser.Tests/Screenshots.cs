using Microsoft.Playwright;
using Pipeline.Emulator;

namespace Pipeline.Browser.Tests;

/// <summary>Writes full-page screenshots to <c>docs/screenshots/</c>, where the README shows them.</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string fileName)
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, fileName), FullPage = true });
    }
}
