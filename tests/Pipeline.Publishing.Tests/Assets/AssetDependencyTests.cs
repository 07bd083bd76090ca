using System.Text.RegularExpressions;
using Pipeline.Assets;

namespace Pipeline.Publishing.Tests.Assets;

/// <summary>
/// Drafts and assets in either order, replaced and deleted, through the real renderer and the one publisher the
/// trigger calls: every change to an image reaches every page that uses it within the same call.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed partial class AssetDependencyTests(AzuriteFixture azurite)
{
    private const string Article = "articles/setup.md";
    private const string Image = "images/setup/fig.png";

    [Fact]
    public async Task Draft_then_image_ends_with_the_published_image_and_its_size()
    {
        await using var h = await PublishingHarness.StartAsync(azurite);
        await h.UploadAndPublishAsync(Article, WithImage());
        Assert.Contains("missing-image", await h.LivePageAsync("setup"), StringComparison.Ordinal);

        var png = TestImages.Png(800, 400);
        await h.UploadAsync(Image, png);
        var result = await h.Publisher.PublishAsync(Image);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        var img = ImgOf(await h.LivePageAsync("setup"));
        Assert.Equal((AssetAddress.Url(AssetAddress.Hash(png), "fig.png"), "800", "400"), img);
    }

    [Fact]
    public async Task Image_then_draft_ends_with_the_published_image()
    {
        await using var h = await PublishingHarness.StartAsync(azurite);
        var png = TestImages.Png(640, 480);
        await PublishImageThenArticleAsync(h, png);

        Assert.Equal((AssetAddress.Url(AssetAddress.Hash(png), "fig.png"), "640", "480"), ImgOf(await h.LivePageAsync("setup")));
        Assert.Equal([Article], await h.Get<IAssetIndex>().UsersAsync(Image));
    }

    [Fact]
    public async Task Replacing_the_image_with_other_dimensions_changes_url_and_size_and_deleting_it_keeps_the_last_copy_on_the_page_with_a_warning()
    {
        await using var h = await PublishingHarness.StartAsync(azurite);
        await h.UploadAsync(Image, TestImages.Png(800, 400));
        await h.Publisher.PublishAsync(Image);
        await h.UploadAndPublishAsync(Article, WithImage());
        var before = ImgOf(await h.LivePageAsync("setup"));

        var replacement = TestImages.Png(300, 500);
        await h.UploadAsync(Image, replacement);
        await h.Publisher.PublishAsync(Image);
        var replaced = ImgOf(await h.LivePageAsync("setup"));

        await h.DeleteDraftAsync(Image);
        var deleted = await h.Publisher.UnpublishAsync(Image);
        var page = await h.LivePageAsync("setup");

        Assert.Equal((AssetAddress.Url(AssetAddress.Hash(replacement), "fig.png"), "300", "500"), replaced);
        Assert.NotEqual(before.Src, replaced.Src);
        Assert.Equal(PublishOutcome.Unpublished, deleted.Outcome);
        Assert.Equal(replaced, ImgOf(page)); // nothing live breaks: the last published copy stays on the page
        Assert.DoesNotContain("class=\"missing-image\"", page, StringComparison.Ordinal);
        var warning = Assert.Single((await h.Statuses.GetAsync(Article))!.Warnings);
        Assert.Equal($"image '/images/setup/fig.png' {AssetRecord.DeletedNotice}", warning.Message);
        Assert.Contains(AssetAddress.Hash(replacement) + "/", string.Join('\n', await h.AssetBlobNamesAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_image_comes_back_without_a_warning_when_uploaded_again_and_is_collected_once_no_draft_uses_it()
    {
        await using var h = await PublishingHarness.StartAsync(azurite);
        var png = TestImages.Png(320, 200);
        await PublishImageThenArticleAsync(h, png);
        await h.DeleteDraftAsync(Image);
        await h.Publisher.UnpublishAsync(Image);
        var again = await h.Publisher.UnpublishAsync(Image); // a duplicate delete event changes nothing
        Assert.Equal(AssetState.Deleted, (await h.Get<IAssetIndex>().GetAsync(Image))!.State);

        await h.UploadAsync(Image, png);
        await h.Publisher.PublishAsync(Image);
        Assert.Empty((await h.Statuses.GetAsync(Article))!.Warnings);
        Assert.Equal(AssetState.Published, (await h.Get<IAssetIndex>().GetAsync(Image))!.State);

        await h.DeleteDraftAsync(Image);
        await h.Publisher.UnpublishAsync(Image);
        await h.UploadAndPublishAsync(Article, Draft("Setup", slug: "setup", body: "No picture any more.\n"));
        await h.Reconciler.ReconcileAsync(); // the row goes: no draft shows the copy now
        Assert.Null(await h.Get<IAssetIndex>().GetAsync(Image));
        h.Clock.Advance(TimeSpan.FromSeconds(new Pipeline.Publishing.Configuration.PipelineOptions().OrphanPageGraceSeconds) + TimeSpan.FromMinutes(1));
        await h.Reconciler.ReconcileAsync();

        Assert.Equal(PublishOutcome.Unpublished, again.Outcome);
        Assert.DoesNotContain(await h.AssetBlobNamesAsync(), name => name.StartsWith(AssetAddress.Hash(png), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hugo_bundle_image_resolves_from_the_drafts_folder_before_the_site_root()
    {
        await using var h = await PublishingHarness.StartAsync(azurite);
        var root = TestImages.Png(100, 100);
        var bundle = TestImages.Png(200, 100);
        await h.UploadAsync("fig.jpg", TestImages.Jpeg(50, 50));
        await h.Publisher.PublishAsync("fig.jpg");
        await h.UploadAndPublishAsync("posts/x/index.md", Draft("Bundle", slug: "bundle", body: "![a figure](./fig.png)\n"));
        await h.UploadAsync("fig.png", root);
        await h.Publisher.PublishAsync("fig.png");
        Assert.Equal("100", ImgOf(await h.LivePageAsync("bundle")).Width);

        await h.UploadAsync("posts/x/fig.png", bundle);
        await h.Publisher.PublishAsync("posts/x/fig.png");

        Assert.Equal((AssetAddress.Url(AssetAddress.Hash(bundle), "fig.png"), "200", "100"), ImgOf(await h.LivePageAsync("bundle")));
    }

    [Fact]
    public async Task Reconcile_repairs_missed_asset_events_and_stale_dependencies_and_collects_unreferenced_blobs_after_the_grace_period()
    {
        await using var h = await PublishingHarness.StartAsync(azurite);
        await h.UploadAndPublishAsync(Article, WithImage());
        var first = TestImages.Png(500, 250);
        await h.UploadAsync(Image, first); // its event never came
        await h.Reconciler.ReconcileAsync();
        Assert.Equal("500", ImgOf(await h.LivePageAsync("setup")).Width);

        await h.UploadAsync(Image, TestImages.Png(400, 200)); // nor this one's
        await h.Reconciler.ReconcileAsync();
        Assert.Equal("400", ImgOf(await h.LivePageAsync("setup")).Width);

        var firstHash = AssetAddress.Hash(first);
        Assert.Contains(await h.AssetBlobNamesAsync(), name => name.StartsWith(firstHash, StringComparison.Ordinal)); // marked, not yet deleted
        h.Clock.Advance(TimeSpan.FromSeconds(new Pipeline.Publishing.Configuration.PipelineOptions().OrphanPageGraceSeconds) + TimeSpan.FromMinutes(1));
        var quiet = await h.Reconciler.ReconcileAsync();

        Assert.DoesNotContain(await h.AssetBlobNamesAsync(), name => name.StartsWith(firstHash, StringComparison.Ordinal));
        Assert.Equal(0, quiet.Published);
        Assert.Equal("400", ImgOf(await h.LivePageAsync("setup")).Width);
    }

    private static async Task PublishImageThenArticleAsync(PublishingHarness h, byte[] png)
    {
        await h.UploadAsync(Image, png);
        await h.Publisher.PublishAsync(Image);
        await h.UploadAndPublishAsync(Article, WithImage());
    }

    private static string WithImage() => Draft("Setup", slug: "setup", body: "Before.\n\n![the setup screen](/images/setup/fig.png)\n\nAfter.\n");

    private static (string Src, string Width, string Height) ImgOf(string? page)
    {
        Assert.NotNull(page);
        var img = ImgTag().Match(page);
        Assert.True(img.Success, "no <img> in the page");
        return (Attribute(img.Value, "src"), Attribute(img.Value, "width"), Attribute(img.Value, "height"));
    }

    private static string Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } match ? match.Groups[1].Value : "";

    [GeneratedRegex("<img\\s[^>]*src=\"/assets/[^>]*>")]
    private static partial Regex ImgTag();
}
