using Microsoft.Playwright;

namespace Pipeline.Browser.Tests;

/// <summary>
/// One browser page on the site that records everything a reader would not want: console errors, page errors,
/// failed requests, dialogs, and any request to a host other than the site's (those are blocked, not sent).
/// </summary>
public sealed class PageProbe : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageProbe(IBrowserContext context, IPage page, List<string> foreignRequests)
    {
        _context = context;
        Page = page;
        ForeignRequests = foreignRequests;
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    public List<string> FailedRequests { get; } = [];

    public List<string> Dialogs { get; } = [];

    public List<string> ForeignRequests { get; }

    /// <summary>A phone's viewport height for a phone's width, a laptop's otherwise.</summary>
    public static int HeightFor(int width) => width < 768 ? 812 : 900;

    public static async Task<PageProbe> OpenAsync(ChromiumFixture chromium, Uri site, int width, int height = 900)
    {
        var context = await chromium.NewContextAsync(width, height);
        var foreign = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "http" or "https" && url.Authority != site.Authority)
            {
                lock (foreign)
                {
                    foreign.Add(route.Request.Url);
                }

                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
        var page = await context.NewPageAsync();
        var probe = new PageProbe(context, page, foreign);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                probe.ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => probe.ConsoleErrors.Add("page error: " + error);
        page.RequestFailed += (_, request) =>
        {
            if (!probe.ForeignRequests.Contains(request.Url))
            {
                probe.FailedRequests.Add(request.Url + " " + request.Failure);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                probe.FailedRequests.Add($"{response.Url} {response.Status}");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            probe.Dialogs.Add(dialog.Type + ": " + dialog.Message);
            await dialog.DismissAsync();
        };
        return probe;
    }

    /// <summary>
    /// Opens <paramref name="url"/> and waits for the load event (every image, style and frame requested by the
    /// markup has loaded or failed by then); returns the main response's status.
    /// </summary>
    public async Task<int> GotoAsync(Uri url)
    {
        var response = await Page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return response?.Status ?? 0;
    }

    /// <summary>True when the page is wider than the viewport (the reader would have to scroll sideways).</summary>
    public Task<bool> OverflowsHorizontallyAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

    /// <summary>Width and height of every formula (<c>article math</c>) as Chromium laid it out.</summary>
    public Task<double[][]> MathBoxesAsync() => BoxesAsync("article math");

    /// <summary>Width and height of every element <paramref name="selector"/> matches, as laid out.</summary>
    public Task<double[][]> BoxesAsync(string selector) =>
        Page.Locator(selector).EvaluateAllAsync<double[][]>(
            "nodes => nodes.map(n => { const r = n.getBoundingClientRect(); return [r.width, r.height]; })");

    /// <summary>The distinct computed colours of the highlighted code's token spans.</summary>
    public Task<string[]> TokenColoursAsync() =>
        Page.Locator("pre code span[class]").EvaluateAllAsync<string[]>("spans => [...new Set(spans.map(s => getComputedStyle(s).color))]");

    /// <summary>
    /// True when the text column is at most 46 em wide (about 40 Japanese characters or 80 Latin ones a line, the
    /// usual upper bound for comfortable reading).
    /// </summary>
    public Task<bool> HasReadableMeasureAsync() =>
        Page.EvaluateAsync<bool>("""
            () => { const main = document.querySelector('main'); const em = parseFloat(getComputedStyle(main).fontSize);
                    return main.clientWidth <= 46 * em; }
            """);

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
    }
}
