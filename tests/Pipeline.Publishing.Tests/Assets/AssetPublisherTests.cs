using Pipeline.Assets;
using Pipeline.Publishing.Assets;

namespace Pipeline.Publishing.Tests.Assets;

[Collection(AzuriteFixture.Collection)]
public sealed class AssetPublisherTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_png_is_published_under_its_hash_with_variants_immutable_headers_and_its_size()
    {
        await using var h = await StartAsync(azurite);
        var png = TestImages.Png(1000, 500);

        var result = await h.UploadAssetAsync("images/x/fig.png", png);

        Assert.Equal(AssetOutcome.Published, result.Outcome);
        Assert.Equal(AssetAddress.Hash(png), result.Hash);
        var row = (await h.AssetIndex().GetAsync("images/x/fig.png"))!;
        Assert.Equal((AssetState.Published, 1000, 500), (row.State, row.Width, row.Height));
        Assert.Equal(["fig-480w.webp", "fig-480w.png", "fig-960w.webp", "fig-960w.png"], row.Variants.Select(v => v.FileName));
        var names = await h.AssetBlobNamesAsync();
        Assert.Equal(
            new[] { "fig.png", "fig-480w.png", "fig-480w.webp", "fig-960w.png", "fig-960w.webp" }.Select(n => $"{result.Hash}/{n}").Order(StringComparer.Ordinal),
            names.Order(StringComparer.Ordinal));
        var source = await h.AssetsContainer().GetBlobClient($"{result.Hash}/fig.png").GetPropertiesAsync();
        Assert.Equal("image/png", source.Value.ContentType);
        Assert.Equal("public, max-age=31536000, immutable", source.Value.CacheControl);
        Assert.Equal(png, (await h.AssetsContainer().GetBlobClient($"{result.Hash}/fig.png").DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task The_same_bytes_under_another_path_reuse_the_published_blobs_and_a_duplicate_event_writes_nothing()
    {
        await using var h = await StartAsync(azurite);
        var jpeg = TestImages.Jpeg(800, 600);
        var first = await h.UploadAssetAsync("posts/a/photo.jpg", jpeg);
        var written = (await h.AssetsContainer().GetBlobClient($"{first.Hash}/photo-480w.webp").GetPropertiesAsync()).Value.ETag;

        var second = await h.UploadAssetAsync("posts/b/photo.jpg", jpeg);
        var again = await h.AssetPublisher().PublishAsync("posts/b/photo.jpg");

        Assert.Equal(first.Hash, second.Hash);
        Assert.Equal(AssetOutcome.Unchanged, again.Outcome);
        Assert.Equal(written, (await h.AssetsContainer().GetBlobClient($"{first.Hash}/photo-480w.webp").GetPropertiesAsync()).Value.ETag);
        var row = (await h.AssetIndex().GetAsync("posts/b/photo.jpg"))!;
        Assert.Equal(["photo-480w.jpg", "photo-480w.webp"], row.Variants.Select(v => v.FileName).Order(StringComparer.Ordinal));
        Assert.Equal((800, 600), (row.Width!.Value, row.Height!.Value));
    }

    [Fact]
    public async Task An_svg_is_stored_sanitised_with_its_own_size()
    {
        await using var h = await StartAsync(azurite);
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\" onload=\"alert(1)\"><script>alert(2)</script><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray();

        var result = await h.UploadAssetAsync("static/img/logo.svg", svg);

        var stored = (await h.AssetsContainer().GetBlobClient($"{result.Hash}/logo.svg").DownloadContentAsync()).Value;
        var text = stored.Content.ToString();
        Assert.DoesNotContain("script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<rect", text, StringComparison.Ordinal);
        Assert.Equal("image/svg+xml", stored.Details.ContentType);
        var row = (await h.AssetIndex().GetAsync("static/img/logo.svg"))!;
        Assert.Equal((120, 80), (row.Width!.Value, row.Height!.Value));
    }

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { "corrupt.png", "Corrupt", "'corrupt.png' cannot be decoded" },
        { "html.png", "TypeMismatch", "named as PNG but its bytes are no known type" },
        { "bomb.png", "TooManyPixels", "30000×30000 (900.0 megapixels); the limit is 50 megapixels" },
        { "frames.gif", "AnimationTooLarge", "has 4 frames of 64×64; the limits are 3 frames" },
        { "huge.jpg", "TooLarge", "the limit is 1 MiB" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task A_bad_input_is_recorded_with_its_readable_reason_and_writes_no_blob(string name, string kind, string reason)
    {
        await using var h = await StartAsync(azurite, new Dictionary<string, string?>
        {
            [$"{AssetLimits.SectionName}:{nameof(AssetLimits.MaxBytes)}"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{AssetLimits.SectionName}:{nameof(AssetLimits.MaxFrames)}"] = "3",
        });

        var result = await h.UploadAssetAsync("images/" + name, BadInput(name));

        Assert.Equal(AssetOutcome.Failed, result.Outcome);
        var row = (await h.AssetIndex().GetAsync("images/" + name))!;
        Assert.Equal((AssetState.Failed, kind), (row.State, row.ErrorKind));
        Assert.Contains(reason, row.Message, StringComparison.Ordinal);
        Assert.Empty(await h.AssetBlobNamesAsync());
    }

    [Fact]
    public async Task A_refused_replacement_keeps_the_last_good_copy_live()
    {
        await using var h = await StartAsync(azurite);
        var good = await h.UploadAssetAsync("images/fig.png", TestImages.Png(300, 200));

        var bad = await h.UploadAssetAsync("images/fig.png", TestImages.PngClaiming(30000, 30000));

        Assert.Equal(AssetOutcome.Failed, bad.Outcome);
        var row = (await h.AssetIndex().GetAsync("images/fig.png"))!;
        Assert.Equal((AssetState.Failed, good.Hash, 300), (row.State, row.Hash, row.Width));
        Assert.True(row.IsLive);
    }

    [Fact]
    public async Task Publishing_deleting_and_replacing_an_asset_re_renders_every_draft_that_looked_it_up()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("posts/a.md", Draft("A", slug: "a", body: "![fig](/images/fig.png)"));
        await h.UploadAndPublishAsync("posts/b.md", Draft("B", slug: "b", body: "![other](/images/other.png)"));
        var rendersBefore = h.Renderer.Renders;

        var published = await h.UploadAssetAsync("images/fig.png", TestImages.Png(64, 64));
        await h.DeleteDraftAsync("images/fig.png");
        var deleted = await h.AssetPublisher().DeleteAsync("images/fig.png");

        Assert.Equal(AssetOutcome.Published, published.Outcome);
        Assert.Equal(["posts/a.md"], published.Refreshed.Select(r => r.DraftPath));
        Assert.Equal(AssetOutcome.Deleted, deleted.Outcome);
        Assert.Equal(["posts/a.md"], deleted.Refreshed.Select(r => r.DraftPath));
        Assert.Equal(rendersBefore + 2, h.Renderer.Renders);
        Assert.Equal(AssetState.Deleted, (await h.AssetIndex().GetAsync("images/fig.png"))!.State); // the last copy stays live
        Assert.NotEmpty(await h.AssetBlobNamesAsync());
    }

    [Fact]
    public async Task Dependencies_are_kept_both_ways_and_replaced_as_a_whole()
    {
        await using var h = await StartAsync(azurite);
        var index = h.AssetIndex();

        await index.SetUsesAsync("posts/a.md", [new AssetUse("posts/a.md", "posts/fig.png", null), new AssetUse("posts/a.md", "fig.png", "abc")]);
        await index.SetUsesAsync("posts/b.md", [new AssetUse("posts/b.md", "fig.png", "abc")]);
        await index.SetUsesAsync("posts/a.md", [new AssetUse("posts/a.md", "posts/fig.png", "def")]);

        Assert.Equal([new AssetUse("posts/a.md", "posts/fig.png", "def")], await index.UsesAsync("posts/a.md"));
        Assert.Equal(["posts/b.md"], await index.UsersAsync("fig.png"));
        Assert.Equal(["posts/a.md"], await index.UsersAsync("posts/fig.png"));
    }

    private static byte[] BadInput(string name) => name switch
    {
        "corrupt.png" => TestImages.Png(200, 200)[..300],
        "html.png" => "<html><script>alert(1)</script></html>"u8.ToArray(),
        "bomb.png" => TestImages.PngClaiming(30000, 30000),
        "frames.gif" => TestImages.AnimatedGif(64, 64, 4),
        "huge.jpg" => [.. TestImages.Jpeg(64, 64), .. new byte[2 * 1024 * 1024]],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static Task<PublishingHarness> StartAsync(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? overrides = null) =>
        PublishingHarness.StartAsync(azurite, overrides);
}
