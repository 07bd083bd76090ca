using System.Text.RegularExpressions;
using Pipeline.Cli.Assets;
using Pipeline.Cli.Batch;
using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;
using Pipeline.TestSupport;

namespace Pipeline.Cli.Tests.Assets;

/// <summary>
/// <c>pipeline render DIR --out OUT</c> with real images (made by libvips here): the pages point at
/// <c>/assets/{hash}/…</c> files that exist in OUT, variants are made once per content, and refused files are
/// reported with their reason while the page shows them as missing.
/// </summary>
public sealed partial class FolderAssetsTests : IDisposable
{
    private static readonly ArticleRenderer Renderer = new();

    private readonly TempFolder _site = new();
    private readonly TempFolder _output = new();

    public void Dispose()
    {
        _site.Dispose();
        _output.Dispose();
    }

    [Fact]
    public void A_Zenn_repository_and_a_Hugo_bundle_render_with_every_image_published_into_the_output()
    {
        _site.Write("articles/zenn-post.md", "---\ntitle: Zenn\nemoji: \"🖼\"\ntype: tech\ntopics: [a]\npublished: true\n---\n\n![fig](/images/zenn-post/fig.png)\n\n![small](/images/zenn-post/fig.png =250x)\n");
        WriteBytes("images/zenn-post/fig.png", TestImages.Png(2000, 1000));
        _site.Write("posts/bundle/index.md", "---\ntitle: Bundle\n---\n\n![photo](fig.jpg) ![icon](/img/a.png) [slides](deck.pdf)\n");
        WriteBytes("posts/bundle/fig.jpg", TestImages.Jpeg(800, 600));
        WriteBytes("static/img/a.png", TestImages.Png(64, 64));
        WriteBytes("posts/bundle/deck.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        var assets = new FolderAssets(_site.Path, _output.Path);

        var report = new BatchRenderer(Renderer, assets).Run(DraftFiles.Find([_site.Path]), new BatchRenderOptions(_output.Path));

        Assert.Empty(report.Failures);
        Assert.Empty(report.Warnings);
        Assert.Empty(assets.Refusals);
        Assert.Equal(4, assets.Published);
        var zenn = File.ReadAllText(Path.Combine(_output.Path, "zenn-post", "index.html"));
        Assert.Contains("width=\"2000\" height=\"1000\"", zenn, StringComparison.Ordinal);
        Assert.Contains("width=\"250\" height=\"125\"", zenn, StringComparison.Ordinal);
        Assert.Matches("<meta property=\"og:image\" content=\"[^\"]+/assets/[0-9a-f]{32}/fig-1200w\\.png\">", zenn);
        var bundle = File.ReadAllText(Path.Combine(_output.Path, "bundle", "index.html"));
        Assert.Contains("width=\"800\" height=\"600\"", bundle, StringComparison.Ordinal);
        Assert.Matches("href=\"/assets/[0-9a-f]{32}/deck\\.pdf\"", bundle);
        var urls = AssetUrl().Matches(zenn + bundle).Select(match => match.Value).Distinct().ToList();
        Assert.Contains(urls, url => url.EndsWith("fig-480w.webp", StringComparison.Ordinal));
        Assert.Contains(urls, url => url.EndsWith("fig-1600w.png", StringComparison.Ordinal));
        Assert.All(urls, url => Assert.True(File.Exists(Path.Combine(_output.Path, url.TrimStart('/'))), $"{url} is not in the output"));
    }

    [Fact]
    public void The_same_content_under_two_names_is_one_asset_with_a_source_file_per_name()
    {
        var png = TestImages.Png(600, 300);
        WriteBytes("a/one.png", png);
        WriteBytes("b/two.png", png);
        var assets = new FolderAssets(_site.Path, _output.Path);

        var one = assets.Find("a/one.png")!;
        var two = assets.Find("b/two.png")!;

        Assert.Equal(1, assets.Published);
        Assert.Equal(Path.GetDirectoryName(one.Url), Path.GetDirectoryName(two.Url));
        Assert.Equal(one.Variants, two.Variants);
        Assert.True(File.Exists(Path.Combine(_output.Path, one.Url.TrimStart('/'))));
        Assert.True(File.Exists(Path.Combine(_output.Path, two.Url.TrimStart('/'))));
        Assert.Same(one, assets.Find("a/one.png"));
    }

    [Fact]
    public void Refused_files_are_reported_with_their_reason_and_the_page_shows_them_missing()
    {
        _site.Write("post.md", "# Bad images\n\n![bomb](bomb.png)\n\n![fake](fake.png)\n\n![broken](broken.jpg)\n\n![ok](ok.png)\n");
        WriteBytes("bomb.png", TestImages.PngClaiming(30000, 30000));
        WriteBytes("fake.png", TestImages.Jpeg(40, 40));
        var broken = TestImages.Jpeg(400, 300);
        WriteBytes("broken.jpg", broken[..40]);
        WriteBytes("ok.png", TestImages.Png(40, 40));
        var assets = new FolderAssets(_site.Path, _output.Path);

        var report = new BatchRenderer(Renderer, assets).Run(DraftFiles.Find([_site.Path]), new BatchRenderOptions(_output.Path));

        Assert.Equal(1, report.Rendered);
        Assert.Equal(["bomb.png", "broken.jpg", "fake.png"], assets.Refusals.Select(refusal => refusal.Path));
        Assert.Contains("30000×30000", assets.Refusals[0].Reason, StringComparison.Ordinal);
        Assert.Contains("cannot be", assets.Refusals[1].Reason, StringComparison.Ordinal);
        Assert.Contains("named as PNG but its bytes are JPEG", assets.Refusals[2].Reason, StringComparison.Ordinal);
        Assert.Equal(3, report.Warnings.Count);
        Assert.All(report.Warnings, warning => Assert.Contains("is not published: ", warning.Message, StringComparison.Ordinal));
        var page = File.ReadAllText(Path.Combine(_output.Path, "bad-images", "index.html"));
        Assert.Equal(3, MissingImage().Matches(page).Count);
        Assert.Single(Regex.Matches(page, "<img "));
        Assert.Equal(1, assets.Published);
    }

    [Fact]
    public void An_SVG_is_published_sanitised_and_a_dry_run_writes_nothing()
    {
        WriteBytes("d.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script><rect width=\"10\" height=\"10\" onclick=\"alert(2)\"/></svg>"u8.ToArray());
        WriteBytes("p.png", TestImages.Png(1000, 500));

        var dryRun = new FolderAssets(_site.Path, outputDirectory: null);
        Assert.Equal((1000, 500), (dryRun.Find("p.png")!.Width, dryRun.Find("p.png")!.Height));
        Assert.Empty(dryRun.Find("p.png")!.Variants);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_output.Path));

        var svg = new FolderAssets(_site.Path, _output.Path).Find("d.svg")!;
        var written = File.ReadAllText(Path.Combine(_output.Path, svg.Url.TrimStart('/')));
        Assert.DoesNotContain("script", written, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", written, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(svg.Variants);
    }

    [Theory]
    [InlineData("post.md")]
    [InlineData(".hidden/x.png")]
    [InlineData("nothing-here.png")]
    public void Drafts_hidden_files_and_absent_files_are_no_assets(string blobName)
    {
        _site.Write("post.md", "# T\n");
        WriteBytes(".hidden/x.png", TestImages.Png(10, 10));
        Assert.Null(new FolderAssets(_site.Path, _output.Path).Find(blobName));
    }

    private void WriteBytes(string relativePath, byte[] content)
    {
        var full = Path.Combine(_site.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    [GeneratedRegex("/assets/[0-9a-f]{32}/[A-Za-z0-9._-]+")]
    private static partial Regex AssetUrl();

    [GeneratedRegex("class=\"missing-image\"")]
    private static partial Regex MissingImage();
}
