using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Playwright;
using Pipeline.Assets;
using Pipeline.TestSupport;

namespace Pipeline.Browser.Tests;

/// <summary>
/// An SVG that carries every way an SVG can run or fetch something — <c>&lt;script&gt;</c>, <c>onload</c> and other
/// handlers, <c>&lt;foreignObject&gt;</c> with HTML script, external <c>href</c>s, <c>@import</c>, a
/// <c>javascript:</c> link and an animation that sets one — uploaded with <c>pipeline upload</c> and opened in
/// Chromium, directly and embedded in an article. Every payload would log a marker to the console, change
/// <c>document.title</c> and send a request to a listener this test runs on 127.0.0.1: none of that happens. It holds
/// for the sanitised file, and — with the raw, unsanitised file placed straight into the assets container — thanks
/// to the <c>Content-Security-Policy: sandbox</c> header alone; the same raw file served without that header shows
/// the payloads do run, so the checks can see them.
/// </summary>
// Its own Azurite and host, not the shared site: these articles must not reach the shared listings.
public sealed class SvgScriptTests(AzuriteFixture azurite, ChromiumFixture chromium) : IClassFixture<AzuriteFixture>, IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private const string Marker = "svg-marker";
    private const string RawHash = "00000000000000000000000000005e11";
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-svg-").FullName;
    private readonly RequestRecorder _listener = new();
    private AssetHost _host = null!;
    private string _publishedUrl = null!;

    private byte[] HostileSvg => Encoding.UTF8.GetBytes($$"""
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" viewBox="0 0 200 100"
             onload="document.title='{{Marker}}-onload'; console.log('{{Marker}} onload'); fetch('{{_listener.Origin}}/onload')">
          <script>document.title = '{{Marker}}-script'; console.log('{{Marker}} script'); fetch('{{_listener.Origin}}/script');</script>
          <script type="text/javascript"><![CDATA[ new Image().src = '{{_listener.Origin}}/cdata'; ]]></script>
          <style>@import url('{{_listener.Origin}}/import.css'); text { font-weight: bold; }</style>
          <rect width="200" height="100" fill="teal" onmouseover="console.log('{{Marker}} hover'); fetch('{{_listener.Origin}}/hover')"/>
          <circle cx="180" cy="20" r="10" fill="url('{{_listener.Origin}}/paint.svg#p')"/>
          <image href="{{_listener.Origin}}/image.png" width="10" height="10"/>
          <image xlink:href="{{_listener.Origin}}/xlink.png" x="10" width="10" height="10"/>
          <use href="{{_listener.Origin}}/use.svg#shape"/>
          <foreignObject x="0" y="60" width="200" height="40">
            <div xmlns="http://www.w3.org/1999/xhtml"><img src="{{_listener.Origin}}/foreign.png" onerror="console.log('{{Marker}} onerror'); fetch('{{_listener.Origin}}/onerror')"/><script>console.log('{{Marker}} foreign'); fetch('{{_listener.Origin}}/foreign')</script><iframe src="{{_listener.Origin}}/iframe"></iframe></div>
          </foreignObject>
          <a href="javascript:console.log('{{Marker}} link'); fetch('{{_listener.Origin}}/link')"><text x="10" y="40">link</text></a>
          <a><animate attributeName="href" values="javascript:fetch('{{_listener.Origin}}/animate')" dur="0.01s" fill="freeze"/><text x="100" y="40">animated</text></a>
        </svg>
        """);

    public async Task InitializeAsync()
    {
        _host = await AssetHost.StartAsync(azurite.ConnectionString);
        Write("articles/svg-embed.md", "---\ntitle: \"An SVG\"\nslug: svg-embed\n---\n\nThe drawing:\n\n![drawing](/images/svg-embed/hostile.svg)\n");
        Write("images/svg-embed/hostile.svg", HostileSvg);
        await _host.UploadAsync(_folder);
        var page = await _host.PageAsync("svg-embed", html => html.Contains("hostile.svg", StringComparison.Ordinal));
        _publishedUrl = System.Text.RegularExpressions.Regex.Match(page, "src=\"(/assets/[0-9a-f]+/hostile\\.svg)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(_publishedUrl), page);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _listener.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_published_svg_opened_directly_runs_nothing_and_loads_nothing()
    {
        using var answer = await _host.Http.GetAsync(_publishedUrl);
        Assert.Equal("image/svg+xml", answer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sandbox", answer.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", answer.Headers.GetValues("X-Content-Type-Options").Single());
        var served = await answer.Content.ReadAsStringAsync();
        Assert.Contains("<rect", served, StringComparison.Ordinal); // the drawing itself survives
        foreach (var payload in new[] { "<script", "onload", "onmouseover", "onerror", "foreignObject", "javascript:", "@import", _listener.Origin })
        {
            Assert.DoesNotContain(payload, served, StringComparison.OrdinalIgnoreCase);
        }

        var seen = await OpenDirectlyAsync(_host.Absolute(_publishedUrl));

        seen.AssertNothingRan(_listener);
    }

    [Fact]
    public async Task The_article_embedding_the_svg_shows_it_and_runs_nothing()
    {
        await using var probe = await PageProbe.OpenAsync(chromium, _host.BaseAddress, 1280);
        var console = RecordConsole(probe.Page);
        Assert.Equal(200, await probe.GotoAsync(_host.Absolute("/articles/svg-embed")));
        var img = probe.Page.Locator("article img");
        await img.ScrollIntoViewIfNeededAsync();
        await probe.Page.WaitForFunctionAsync("el => el.complete && el.naturalWidth > 0", await img.ElementHandleAsync());
        await img.HoverAsync();

        Assert.StartsWith("An SVG", await probe.Page.TitleAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(console, line => line.Contains(Marker, StringComparison.Ordinal));
        Assert.Empty(probe.ConsoleErrors);
        Assert.Empty(probe.Dialogs);
        Assert.Empty(probe.ForeignRequests);
        Assert.Empty(_listener.Requests);
    }

    [Fact]
    public async Task The_raw_unsanitised_svg_runs_nothing_when_served_with_the_sandbox_header_and_its_payloads_run_without_it()
    {
        // As if sanitising had missed everything: the hostile bytes as they were uploaded, straight into the store.
        var assets = new BlobContainerClient(_host.Storage.ConnectionString, _host.Storage.AssetsContainer);
        await assets.GetBlobClient(AssetAddress.BlobName(RawHash, "raw.svg")).UploadAsync(
            BinaryData.FromBytes(HostileSvg), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "image/svg+xml" } });

        var sandboxed = await OpenDirectlyAsync(_host.Absolute(AssetAddress.Url(RawHash, "raw.svg")));
        sandboxed.AssertNothingRan(_listener);

        // The control: the same bytes from the same origin without the header — the payloads run and are seen.
        var control = _host.Absolute("/control/raw.svg");
        var unprotected = await OpenDirectlyAsync(control, route: route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "image/svg+xml",
            BodyBytes = HostileSvg,
        }));
        Assert.StartsWith(Marker, unprotected.Title, StringComparison.Ordinal);
        Assert.Contains(unprotected.Console, line => line.Contains(Marker + " script", StringComparison.Ordinal));
        Assert.Contains(unprotected.Console, line => line.Contains(Marker + " foreign", StringComparison.Ordinal));
        Assert.Contains("/script", unprotected.Attempted);
    }

    /// <summary>Opens the SVG as its own document in a context without request routing (so a request really leaves), moves the pointer over it and clicks its links.</summary>
    private async Task<Visit> OpenDirectlyAsync(Uri url, Func<IRoute, Task>? route = null)
    {
        var context = await chromium.NewContextAsync(1280);
        try
        {
            if (route is not null)
            {
                await context.RouteAsync(url.AbsoluteUri, route);
            }

            // Chromium's local network access rules refuse a script's cross-port loopback request before it is sent,
            // so what the browser tried to load counts as well as what reached the listener (or got an answer from it).
            var attempted = new List<string>();
            var answered = new List<string>();
            context.Request += (_, request) => Record(attempted, request.Url);
            context.Response += (_, response) => Record(answered, response.Url);
            var page = await context.NewPageAsync();
            var console = RecordConsole(page);
            var dialogs = new List<string>();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };
            var response = await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.Equal(200, response?.Status);
            var title = await page.TitleAsync(); // before the clicks: a link that works would navigate away
            await page.Mouse.MoveAsync(100, 20);
            await page.Mouse.ClickAsync(20, 36); // the javascript: link
            await page.Mouse.ClickAsync(120, 36); // the animated one
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            lock (attempted)
            {
                return new Visit(title, [.. console], dialogs, [.. attempted], [.. answered]);
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private void Record(List<string> urls, string url)
    {
        if (url.StartsWith(_listener.Origin, StringComparison.Ordinal))
        {
            lock (urls)
            {
                urls.Add(url[_listener.Origin.Length..]);
            }
        }
    }

    private static List<string> RecordConsole(IPage page)
    {
        var lines = new List<string>();
        page.Console += (_, message) => lines.Add(message.Type + ": " + message.Text);
        page.PageError += (_, error) => lines.Add("page error: " + error);
        return lines;
    }

    private void Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    private void Write(string relative, byte[] content)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>
    /// What one document did: its title after load, every console line, dialogs, the paths it tried to load from the
    /// listener and those the listener answered. Markup (<c>&lt;image href&gt;</c>, <c>@import</c>) may be tried and
    /// blocked; only script makes the <see cref="ScriptPaths"/> requests.
    /// </summary>
    private sealed record Visit(string Title, IReadOnlyList<string> Console, IReadOnlyList<string> Dialogs, IReadOnlyList<string> Attempted, IReadOnlyList<string> Answered)
    {
        public static readonly string[] ScriptPaths = ["/onload", "/script", "/cdata", "/hover", "/onerror", "/foreign", "/link", "/animate"];

        public void AssertNothingRan(RequestRecorder listener)
        {
            var seen = $"title '{Title}'; console:\n{string.Join("\n", Console)}";
            Assert.False(Title.StartsWith(Marker, StringComparison.Ordinal), seen);
            Assert.DoesNotContain(Console, line => line.Contains(Marker, StringComparison.Ordinal));
            Assert.Empty(Dialogs);
            Assert.True(!Attempted.Intersect(ScriptPaths).Any(), "script tried to load: " + string.Join(", ", Attempted) + "\n" + seen);
            Assert.True(Answered.Count == 0, "the listener answered: " + string.Join(", ", Answered) + "\n" + seen);
            Assert.True(listener.Requests.Count == 0, "requests reached the listener: " + string.Join(", ", listener.Requests) + "\n" + seen);
        }
    }
}
