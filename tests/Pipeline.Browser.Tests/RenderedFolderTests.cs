using System.Diagnostics;
using Microsoft.Playwright;
using Pipeline.TestSupport;

namespace Pipeline.Browser.Tests;

/// <summary>
/// <c>pipeline render DIR --out OUT</c> of a Zenn-layout repository and a Hugo page bundle, with real images made by
/// libvips here, served by a plain static file server and opened in Chromium: every <c>&lt;img&gt;</c> carries
/// <c>width</c>/<c>height</c>, loads (<c>naturalWidth &gt; 0</c>) from <c>/assets/…</c>, the missing image shows as
/// its placeholder, and <c>og:image</c> answers 200 with an image type.
/// </summary>
// Its own static server, not the shared site: only a browser is shared with the class.
public sealed class RenderedFolderTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private readonly string _site = Directory.CreateTempSubdirectory("pipeline-render-site-").FullName;
    private readonly string _output = Directory.CreateTempSubdirectory("pipeline-render-out-").FullName;
    private StaticFolderServer _server = null!;

    public async Task InitializeAsync()
    {
        Write("articles/zenn-pictures.md", "---\ntitle: \"画像の記事\"\nemoji: \"🖼\"\ntype: tech\ntopics: [images]\npublished: true\n---\n\n"
            + "![横長の図](/images/zenn-pictures/wide.png)\n\n![小さく](/images/zenn-pictures/wide.png =250x)\n\n![図形](/images/zenn-pictures/shape.svg)\n\n"
            + "![まだない](/images/zenn-pictures/todo.png)\n");
        Write("images/zenn-pictures/wide.png", TestImages.Png(2400, 1200));
        Write("images/zenn-pictures/shape.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\"><rect width=\"200\" height=\"100\" fill=\"teal\"/></svg>"u8.ToArray());
        Write("posts/trip/index.md", "---\ntitle: A trip\nslug: trip\n---\n\nText first.\n\n![photo](photo.jpg)\n\n![again](./photo.jpg)\n\n![logo](/img/logo.png)\n\n"
            + "<p><img src=\"photo.jpg\" alt=\"raw\" width=\"300\"></p>\n\n[The slides](slides.pdf)\n");
        Write("posts/trip/photo.jpg", TestImages.Jpeg(1600, 1200));
        Write("posts/trip/slides.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        Write("static/img/logo.png", TestImages.Png(200, 100));
        _server = await StaticFolderServer.StartAsync(_output);
        await RenderAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_site, recursive: true);
        Directory.Delete(_output, recursive: true);
    }

    [Theory]
    [InlineData("zenn-pictures", 3, 1)]
    [InlineData("trip", 4, 0)]
    public async Task Every_image_of_the_rendered_folder_has_its_size_and_loads(string slug, int images, int missing)
    {
        await using var probe = await PageProbe.OpenAsync(chromium, _server.BaseAddress, 1280);
        Assert.Equal(200, await probe.GotoAsync(new Uri(_server.BaseAddress, slug + "/")));

        var imgs = probe.Page.Locator("article img");
        Assert.Equal(images, await imgs.CountAsync());
        for (var i = 0; i < images; i++)
        {
            var img = imgs.Nth(i);
            Assert.NotNull(await img.GetAttributeAsync("width"));
            Assert.NotNull(await img.GetAttributeAsync("height"));
            // Lazy images load once near the viewport: scroll each into view, then wait for it to decode.
            await img.ScrollIntoViewIfNeededAsync();
            await probe.Page.WaitForFunctionAsync("el => el.complete && el.naturalWidth > 0", await img.ElementHandleAsync());
            var source = await img.EvaluateAsync<string>("el => el.currentSrc");
            Assert.StartsWith(new Uri(_server.BaseAddress, "/assets/").AbsoluteUri, source, StringComparison.Ordinal);
        }

        var placeholders = probe.Page.Locator("article .missing-image");
        Assert.Equal(missing, await placeholders.CountAsync());
        if (missing > 0)
        {
            await Assertions.Expect(placeholders.First).ToBeVisibleAsync();
            Assert.Equal("まだない", await placeholders.First.InnerTextAsync());
        }

        var ogImage = await probe.Page.GetAttributeAsync("meta[property='og:image']", "content");
        Assert.NotNull(ogImage);
        var answer = await probe.Page.APIRequest.GetAsync(ogImage);
        Assert.Equal(200, answer.Status);
        Assert.StartsWith("image/", answer.Headers["content-type"], StringComparison.Ordinal);
        Assert.Empty(probe.ConsoleErrors);
        Assert.DoesNotContain(probe.FailedRequests, request => request.Contains("/assets/", StringComparison.Ordinal));
        Assert.Empty(probe.ForeignRequests);
        await probe.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Screenshots.SaveAsync(probe.Page, $"rendered-{slug}.png");
    }

    private async Task RenderAsync()
    {
        var start = BuiltCli.StartInfo(["render", _site, "--out", _output]);

        // The site is the static server: og:image and canonical links point at it.
        start.Environment["Pipeline__Site__BaseUrl"] = _server.BaseAddress.AbsoluteUri;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // The missing image is a warning, not a failure: exit code 0, and the warning names the line and the paths tried.
        Assert.True(process.ExitCode == 0, $"pipeline render exited {process.ExitCode}: {await output}\n{await error}");
        Assert.Contains("warning: articles/zenn-pictures.md:15: image '/images/zenn-pictures/todo.png' not found (looked in images/zenn-pictures/todo.png, static/images/zenn-pictures/todo.png)", await error, StringComparison.Ordinal);
        Assert.Contains("published 5 assets", await output, StringComparison.Ordinal);
    }

    private void Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    private void Write(string relativePath, byte[] content)
    {
        var full = Path.Combine(_site, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }
}
