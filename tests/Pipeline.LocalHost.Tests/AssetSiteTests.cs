using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>
/// Images end to end on the real local host over Azurite: a Zenn-layout repository and a Hugo site with a page bundle
/// uploaded with <c>pipeline upload DIR</c>; every image on the published pages and the social image answer 200 with an
/// image type, each <c>&lt;img&gt;</c> has its size; a replacement changes URL and size; a deletion leaves the page
/// working; bad inputs are refused with their reasons while the host keeps serving.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed partial class AssetSiteTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pipeline-asset-site-" + Guid.NewGuid().ToString("N"));
    private TestStorage _storage = null!;
    private LocalHostProcess _host = null!;
    private BlobContainerClient _drafts = null!;

    public async Task InitializeAsync()
    {
        _storage = azurite.CreateStorage();
        _host = await LocalHostProcess.StartAsync(_storage);
        _drafts = new BlobContainerClient(_storage.ConnectionString, _storage.DraftsContainer);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_zenn_repository_and_a_hugo_bundle_publish_with_working_sized_images_and_social_images()
    {
        var zenn = Path.Combine(_folder, "zenn");
        Write(zenn, "articles/setup-guide.md", "---\ntitle: \"Setup guide\"\ntopics: [\"azure\"]\npublished: true\n---\n\nThe screen:\n\n![setup screen](/images/setup-guide/screen.png)\n\nAnd a narrow one: ![icon](/images/setup-guide/icon.png =120x)\n");
        Write(zenn, "images/setup-guide/screen.png", TestImages.Png(1400, 700));
        Write(zenn, "images/setup-guide/icon.png", TestImages.Png(300, 300));
        Write(zenn, "README.md", "# not an article");
        var hugo = Path.Combine(_folder, "hugo");
        Write(hugo, "hugo.toml", "baseURL = 'https://example.org/'\n");
        Write(hugo, "content/posts/bundle/index.md", "---\ntitle: Bundle\nslug: bundle\ndate: 2025-06-01T00:00:00Z\n---\n\n![photo](photo.jpg)\n\n![logo](/img/logo.png)\n");
        Write(hugo, "content/posts/bundle/photo.jpg", TestImages.Jpeg(1000, 800));
        Write(hugo, "static/img/logo.png", TestImages.Png(200, 100));

        await UploadAsync(zenn);
        await UploadAsync(hugo);

        foreach (var slug in new[] { "setup-guide", "bundle" })
        {
            var page = await PublishedWithImagesAsync(slug, expected: 2);
            foreach (var img in Images(page))
            {
                Assert.True(int.Parse(img.Width, System.Globalization.CultureInfo.InvariantCulture) > 0 && int.Parse(img.Height, System.Globalization.CultureInfo.InvariantCulture) > 0, $"{slug}: {img}");
                await AssertImageAsync(img.Src);
                foreach (var candidate in img.SrcSet)
                {
                    await AssertImageAsync(candidate);
                }
            }

            var social = SocialImage().Match(page);
            Assert.True(social.Success, $"{slug}: no og:image");
            await AssertImageAsync(new Uri(social.Groups[1].Value).AbsolutePath);
        }

        Assert.DoesNotContain("README.md", await _host.Client.GetStringAsync("/api/drafts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_after_draft_replacement_and_deletion_each_reach_the_page()
    {
        var repo = Path.Combine(_folder, "order");
        Write(repo, "articles/later.md", "---\ntitle: Later\n---\n\n![later](/images/later.png)\n");
        await UploadAsync(repo);
        await Eventually.GetAsync(
            () => PageAsync("later"), page => page?.Contains(MissingImage, StringComparison.Ordinal) == true, () => _host.Output);

        await UploadBlobAsync("images/later.png", TestImages.Png(640, 320));
        var first = Assert.Single(Images(await PublishedWithImagesAsync("later", expected: 1)));
        Assert.Equal(("640", "320"), (first.Width, first.Height));

        await UploadBlobAsync("images/later.png", TestImages.Png(500, 500));
        var replaced = await Eventually.GetAsync(
            async () => Images(await PageAsync("later") ?? "").FirstOrDefault(),
            img => img is not null && img.Src != first.Src,
            () => _host.Output);
        Assert.Equal(("500", "500"), (replaced!.Width, replaced.Height));
        await AssertImageAsync(replaced.Src);

        await _drafts.DeleteBlobAsync("images/later.png");
        var warnings = await Eventually.GetAsync(() => DraftWarningsAsync("articles/later.md"), found => found.Count > 0, () => _host.Output);
        Assert.Equal((5, $"image '/images/later.png' {Pipeline.Publishing.Stores.AssetRecord.DeletedNotice}"), Assert.Single(warnings));
        var page = await PageAsync("later");
        var kept = Assert.Single(Images(page ?? "")); // nothing live breaks: the last published copy stays on the page
        Assert.Equal((replaced.Src, replaced.Width, replaced.Height), (kept.Src, kept.Width, kept.Height));
        Assert.DoesNotContain(MissingImage, page, StringComparison.Ordinal);
        await AssertImageAsync(replaced.Src);
    }

    private const string MissingImage = "class=\"missing-image\"";

    [Fact]
    public async Task Bad_inputs_are_refused_with_their_reasons_while_the_host_keeps_serving()
    {
        await UploadBlobAsync("bad/bomb.png", TestImages.PngClaiming(30000, 30000));
        await UploadBlobAsync("bad/lies.jpg", "<html><script>alert(1)</script></html>"u8.ToArray());
        await UploadBlobAsync("bad/cut.jpg", TestImages.Jpeg(1200, 900)[..2000]);
        await UploadBlobAsync("bad/frames.gif", TestImages.AnimatedGif(4000, 4000, 20));

        var assets = await Eventually.GetAsync(
            () => _host.Client.GetStringAsync("/api/assets"),
            json => Assets(json).Count(a => a.State == "failed") == 4,
            () => _host.Output);

        var refused = Assets(assets).ToDictionary(a => a.Path, a => a.Kind);
        Assert.Equal("TooManyPixels", refused["bad/bomb.png"]);
        Assert.Equal("TypeMismatch", refused["bad/lies.jpg"]);
        Assert.Equal("Corrupt", refused["bad/cut.jpg"]);
        Assert.Equal("AnimationTooLarge", refused["bad/frames.gif"]);
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync("/api/articles")).StatusCode);
        Assert.False(_host.HasExited);
    }

    private async Task UploadAsync(string folder)
    {
        var upload = await CliProcess.RunAsync("upload", folder, "--connection", _storage.ConnectionString, "--container", _storage.DraftsContainer);
        Assert.True(upload.ExitCode == 0, upload.Output);
    }

    private Task UploadBlobAsync(string name, byte[] content) => _drafts.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), overwrite: true);

    private async Task<string> PublishedWithImagesAsync(string slug, int expected) =>
        (await Eventually.GetAsync(() => PageAsync(slug), page => page is not null && Images(page).Count == expected, () => _host.Output))!;

    private async Task<string?> PageAsync(string slug)
    {
        var response = await _host.Client.GetAsync($"/articles/{slug}");
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
    }

    private async Task AssertImageAsync(string path)
    {
        var response = await _host.Client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    private static List<Img> Images(string page) =>
        [.. ImgTag().Matches(page).Select(match => new Img(
            Attribute(match.Value, "src"),
            Attribute(match.Value, "width"),
            Attribute(match.Value, "height"),
            [.. Attribute(match.Value, "srcset").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part => part.Split(' ')[0])]))];

    private static string Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";

    /// <summary>The warnings <c>/api/drafts</c> reports for the draft at <paramref name="path"/>: (line, message).</summary>
    private async Task<List<(int Line, string Message)>> DraftWarningsAsync(string path)
    {
        using var document = JsonDocument.Parse(await _host.Client.GetStringAsync("/api/drafts"));
        var draft = document.RootElement.GetProperty("drafts").EnumerateArray().Single(d => d.GetProperty("path").GetString() == path);
        return [.. draft.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("line").GetInt32(), w.GetProperty("message").GetString()!))];
    }

    private static IEnumerable<(string Path, string State, string? Kind)> Assets(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("assets").EnumerateArray().Select(asset => (
            asset.GetProperty("path").GetString()!,
            asset.GetProperty("state").GetString()!,
            asset.TryGetProperty("error", out var error) ? error.GetProperty("kind").GetString() : null))];
    }

    private static void Write(string root, string relative, string text) => Write(root, relative, System.Text.Encoding.UTF8.GetBytes(text));

    private static void Write(string root, string relative, byte[] content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    private sealed record Img(string Src, string Width, string Height, IReadOnlyList<string> SrcSet);

    [GeneratedRegex("<img\\s[^>]*src=\"/assets/[^>]*>")]
    private static partial Regex ImgTag();

    [GeneratedRegex("<meta property=\"og:image\" content=\"([^\"]+)\"")]
    private static partial Regex SocialImage();
}
