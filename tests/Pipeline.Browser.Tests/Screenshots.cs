using Microsoft.Playwright;
using Pipeline.Emulator;

namespace Pipeline.Browser.Tests;

/// <summary>Writes what the reader first sees (the viewport) to <c>docs/screenshots/</c>, where the README shows them.</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string fileName)
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, fileName), FullPage = false });
    }
}
