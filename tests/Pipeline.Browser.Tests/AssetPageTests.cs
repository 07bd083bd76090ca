using System.Text.Json;
using Pipeline.TestSupport;

namespace Pipeline.Browser.Tests;

/// <summary>
/// Images as a reader sees them (issue 12's acceptance): a Zenn-layout repository and a Hugo site with a page bundle
/// uploaded with the real <c>pipeline upload DIR</c> to a real local host on Azurite, the published pages opened in
/// Chromium. Every <c>&lt;img&gt;</c> carries <c>width</c>/<c>height</c>, loads (<c>naturalWidth &gt; 0</c>) and its
/// URLs answer 200 with an image type, and so does <c>og:image</c>; both upload orders end with working images; a
/// replaced image changes the page's size and URL; a deleted one leaves the page working with a warning in
/// <c>/api/drafts</c>.
/// </summary>
// Its own Azurite and host, not the shared site: these articles must not reach the shared listings.
public sealed class AssetPageTests(AzuriteFixture azurite, ChromiumFixture chromium) : IClassFixture<AzuriteFixture>, IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-asset-pages-").FullName;
    private AssetHost _host = null!;

    public async Task InitializeAsync() => _host = await AssetHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_zenn_repository_and_a_hugo_bundle_show_every_image_sized_and_loaded_with_a_working_social_image()
    {
        var zenn = Path.Combine(_folder, "zenn");
        Write(zenn, "articles/setup-guide.md", "---\ntitle: \"セットアップ\"\ntopics: [\"azure\"]\npublished: true\n---\n\n"
            + "画面:\n\n![設定画面](/images/setup-guide/screen.png)\n\n![アイコン](/images/setup-guide/icon.png =120x)\n\n![写真](/images/setup-guide/photo.webp)\n");
        Write(zenn, "images/setup-guide/screen.png", TestImages.Png(1400, 700));
        Write(zenn, "images/setup-guide/icon.png", TestImages.Png(300, 300));
        Write(zenn, "images/setup-guide/photo.webp", TestImages.WebP(900, 600));
        var hugo = Path.Combine(_folder, "hugo");
        Write(hugo, "hugo.toml", "baseURL = 'https://example.org/'\n");
        Write(hugo, "content/posts/bundle/index.md", "---\ntitle: Bundle\nslug: bundle\ndate: 2025-06-01T00:00:00Z\n---\n\n"
            + "![photo](photo.jpg)\n\n![again](./photo.jpg)\n\n![logo](/img/logo.png)\n");
        Write(hugo, "content/posts/bundle/photo.jpg", TestImages.Jpeg(1600, 1200));
        Write(hugo, "static/img/logo.png", TestImages.Png(200, 100));

        await _host.UploadAsync(zenn);
        await _host.UploadAsync(hugo);

        foreach (var (slug, count) in new[] { ("setup-guide", 3), ("bundle", 3) })
        {
            await _host.PageAsync(slug, html => AssetImages(html) == count);
            Assert.Equal(count, (await OpenWorkingArticleAsync(slug)).Count);
        }
    }

    [Fact]
    public async Task Draft_before_its_image_and_image_before_its_draft_both_end_with_working_images()
    {
        // One repository, uploaded twice as an author would: first 'draft-first' without its image and 'image-first's
        // image without its draft; then the rest.
        var repo = Path.Combine(_folder, "orders");
        Write(repo, "articles/draft-first.md", Draft("Draft first", "/images/draft-first.png"));
        Write(repo, "images/image-first.png", TestImages.Png(720, 480));
        await _host.UploadAsync(repo);
        await _host.PageAsync("draft-first", html => html.Contains("missing-image", StringComparison.Ordinal));

        Write(repo, "images/draft-first.png", TestImages.Png(640, 360));
        Write(repo, "articles/image-first.md", Draft("Image first", "/images/image-first.png"));
        await _host.UploadAsync(repo);

        foreach (var (slug, width, height) in new[] { ("draft-first", 640, 360), ("image-first", 720, 480) })
        {
            await _host.PageAsync(slug, html => AssetImages(html) == 1);
            var image = Assert.Single(await OpenWorkingArticleAsync(slug));
            Assert.Equal((width, height), (image.Width, image.Height));
        }
    }

    [Fact]
    public async Task A_replaced_image_changes_size_and_url_and_a_deleted_one_stays_on_the_page_from_its_last_copy_with_a_warning()
    {
        var repo = Path.Combine(_folder, "swap");
        Write(repo, "articles/swap.md", Draft("Swap", "/images/swap/chart.png"));
        Write(repo, "images/swap/chart.png", TestImages.Png(800, 400));
        await _host.UploadAsync(repo);
        await _host.PageAsync("swap", html => AssetImages(html) == 1);
        var first = await OpenSingleImageAsync("swap");
        Assert.Equal((800, 400), (first.Width, first.Height));

        Write(repo, "images/swap/chart.png", TestImages.Png(500, 500));
        await _host.UploadAsync(repo);
        await _host.PageAsync("swap", html => AssetImages(html) == 1 && !html.Contains(first.Source, StringComparison.Ordinal));
        var replaced = await OpenSingleImageAsync("swap");
        Assert.Equal((500, 500), (replaced.Width, replaced.Height));
        Assert.NotEqual(first.Source, replaced.Source);
        Assert.NotEqual(first.Shown, replaced.Shown);

        await _host.DeleteAsync("images/swap/chart.png");
        var draft = await _host.DraftAsync("articles/swap.md", d => d.Warnings.Count > 0);
        Assert.Equal("published", draft.State);
        var warning = Assert.Single(draft.Warnings);
        Assert.Equal(5, warning.Line);
        Assert.Equal($"image '/images/swap/chart.png' {Pipeline.Publishing.Stores.AssetRecord.DeletedNotice}", warning.Message);

        // Nothing live breaks: the page keeps showing the last published copy, loaded and sized as before.
        var kept = await OpenSingleImageAsync("swap");
        Assert.Equal((replaced.Source, replaced.Width, replaced.Height), (kept.Source, kept.Width, kept.Height));
        await using var probe = await PageProbe.OpenAsync(chromium, _host.BaseAddress, 1280);
        Assert.Equal(200, await probe.GotoAsync(_host.Absolute("/articles/swap")));
        Assert.Equal(0, await probe.Page.Locator("article .missing-image").CountAsync());
        AssertClean(probe);
        await AssertImageAnswerAsync(probe, replaced.Source);
        await AssertImageAnswerAsync(probe, replaced.Shown);
    }

    private async Task<LoadedImage> OpenSingleImageAsync(string slug) => Assert.Single(await OpenWorkingArticleAsync(slug));

    /// <summary>Opens the article in Chromium: 200, every image loaded (<see cref="LoadedImagesAsync"/>), no missing-image placeholder, a working <c>og:image</c>, nothing failed.</summary>
    private async Task<IReadOnlyList<LoadedImage>> OpenWorkingArticleAsync(string slug)
    {
        await using var probe = await PageProbe.OpenAsync(chromium, _host.BaseAddress, 1280);
        Assert.Equal(200, await probe.GotoAsync(_host.Absolute("/articles/" + slug)));
        var images = await LoadedImagesAsync(probe);
        Assert.Equal(0, await probe.Page.Locator("article .missing-image").CountAsync());
        await AssertSocialImageAsync(probe);
        AssertClean(probe);
        return images;
    }

    /// <summary>
    /// Every <c>&lt;img&gt;</c> of the article: it has <c>width</c>/<c>height</c>, loads once scrolled into view
    /// (lazy images wait for the viewport), keeps the declared aspect ratio, and both its <c>src</c> and the candidate
    /// Chromium chose (<c>currentSrc</c>, WebP from <c>&lt;picture&gt;</c> or <c>srcset</c>) answer 200 with an image type.
    /// </summary>
    private static async Task<IReadOnlyList<LoadedImage>> LoadedImagesAsync(PageProbe probe)
    {
        var imgs = probe.Page.Locator("article img");
        var loaded = new List<LoadedImage>();
        for (var i = 0; i < await imgs.CountAsync(); i++)
        {
            var img = imgs.Nth(i);
            await img.ScrollIntoViewIfNeededAsync();
            await probe.Page.WaitForFunctionAsync("el => el.complete && el.naturalWidth > 0", await img.ElementHandleAsync());
            var seen = ImageState.From(await img.EvaluateAsync<JsonElement>(
                "el => ({ width: el.getAttribute('width'), height: el.getAttribute('height'), src: el.src, currentSrc: el.currentSrc, naturalWidth: el.naturalWidth, naturalHeight: el.naturalHeight })"));
            Assert.True(int.TryParse(seen.Width, out var width) && width > 0, $"img {i}: width '{seen.Width}'");
            Assert.True(int.TryParse(seen.Height, out var height) && height > 0, $"img {i}: height '{seen.Height}'");
            Assert.True(seen.NaturalWidth > 0 && seen.NaturalHeight > 0, $"img {i}: natural {seen.NaturalWidth}×{seen.NaturalHeight}");
            // A variant is the same picture at another width: its proportions are the declared ones (±1 px of rounding).
            Assert.InRange(seen.NaturalHeight, (seen.NaturalWidth * height / (double)width) - 1.5, (seen.NaturalWidth * height / (double)width) + 1.5);
            Assert.Contains("/assets/", seen.Src, StringComparison.Ordinal);
            await AssertImageAnswerAsync(probe, seen.Src);
            await AssertImageAnswerAsync(probe, seen.CurrentSrc);
            loaded.Add(new LoadedImage(width, height, new Uri(seen.Src).AbsolutePath, new Uri(seen.CurrentSrc).AbsolutePath));
        }

        return loaded;
    }

    private static async Task AssertSocialImageAsync(PageProbe probe)
    {
        var social = await probe.Page.GetAttributeAsync("meta[property='og:image']", "content");
        Assert.NotNull(social);
        await AssertImageAnswerAsync(probe, social);
    }

    private static async Task AssertImageAnswerAsync(PageProbe probe, string url)
    {
        var answer = await probe.Page.APIRequest.GetAsync(new Uri(new Uri(probe.Page.Url), url).AbsoluteUri);
        Assert.True(answer.Status == 200, $"{url}: {answer.Status}");
        Assert.StartsWith("image/", answer.Headers["content-type"], StringComparison.Ordinal);
        Assert.NotEmpty(await answer.BodyAsync());
    }

    private static void AssertClean(PageProbe probe)
    {
        Assert.Empty(probe.ConsoleErrors);
        Assert.Empty(probe.FailedRequests);
        Assert.Empty(probe.ForeignRequests);
    }

    private static int AssetImages(string html) => html.Split("<img ").Skip(1).Count(tag => tag.Contains("src=\"/assets/", StringComparison.Ordinal));

    private static string Draft(string title, string image) => $"---\ntitle: \"{title}\"\n---\n\n![{image.Split('/')[^1].Split('.')[0]}]({image})\n";

    private static void Write(string root, string relative, string text) => Write(root, relative, System.Text.Encoding.UTF8.GetBytes(text));

    private static void Write(string root, string relative, byte[] content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>An image as laid out: declared size, the <c>src</c> path and the path of the candidate Chromium showed.</summary>
    private sealed record LoadedImage(int Width, int Height, string Source, string Shown);

    private sealed record ImageState(string? Width, string? Height, string Src, string CurrentSrc, int NaturalWidth, int NaturalHeight)
    {
        public static ImageState From(JsonElement e) => new(
            e.GetProperty("width").GetString(),
            e.GetProperty("height").GetString(),
            e.GetProperty("src").GetString()!,
            e.GetProperty("currentSrc").GetString()!,
            e.GetProperty("naturalWidth").GetInt32(),
            e.GetProperty("naturalHeight").GetInt32());
    }
}
