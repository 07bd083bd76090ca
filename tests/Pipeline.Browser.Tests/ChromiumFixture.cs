using Microsoft.Playwright;

namespace Pipeline.Browser.Tests;

/// <summary>
/// One headless Debian Chromium per test class. Playwright's own browser build cannot be downloaded
/// here, so it drives /usr/bin/chromium; the flags keep it from reaching the network on its own.
/// Playwright gives every non-persistent launch a fresh temporary profile (it refuses --user-data-dir).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: run scripts/prereqs/browser.sh (./test.sh does) to install Chromium and the IPA Gothic font");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh context (no shared cookies or cache) at the given viewport width.</summary>
    public Task<IBrowserContext> NewContextAsync(int width, int height = 900) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ja-JP",
        });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
