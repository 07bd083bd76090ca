using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Rendering.Configuration;
using Pipeline.TestSupport;

namespace Pipeline.Functions.Tests;

/// <summary>
/// Assets through the real worker, dispatched as the Functions host would: the Event Grid-sourced blob trigger
/// (<c>PublishDraft</c>) for an image and for the draft using it, and the <c>BlobDeleted</c> queue message
/// (<c>UnpublishDraft</c>) for the image's deletion. The same two functions serve drafts and assets.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed partial class AssetDispatchTests(AzuriteFixture azurite, SharedWorker worker) : IClassFixture<SharedWorker>
{
    [Fact]
    public async Task An_image_dispatched_after_its_draft_is_published_and_the_page_gets_its_sized_url()
    {
        var session = await worker.GetAsync(azurite);
        const string draft = "dispatch/after/post.md";
        const string image = "dispatch/after/fig.png";
        await session.UploadAsync(draft, Article("dispatch-after", "fig.png"));
        Assert.True((await session.PublishAsync(draft)).Succeeded);
        Assert.Contains("image 'fig.png' not found", await DraftWarnings(session, draft), StringComparison.Ordinal);

        await UploadImageAsync(session, image, TestImages.Png(1400, 700));
        var invocation = await session.PublishAsync(image);

        Assert.True(invocation.Succeeded, invocation.ErrorMessage);
        var asset = await AssetState(session, image);
        Assert.Equal("published", asset.GetProperty("state").GetString());
        Assert.Equal([draft], asset.GetProperty("usedBy").EnumerateArray().Select(user => user.GetString()));
        var url = asset.GetProperty("url").GetString()!;
        var hash = AssetUrl().Match(url).Groups["hash"].Value;
        Assert.True((await Assets(session).GetBlobClient($"{hash}/fig.png").ExistsAsync()).Value, $"{hash}/fig.png is not in the assets container");

        // The draft re-rendered within the image's own invocation: the page links the published, sized image.
        var img = await ImageOnPage(session, "dispatch-after");
        Assert.Contains($"src=\"{url}\"", img, StringComparison.Ordinal);
        Assert.Contains("width=\"1400\"", img, StringComparison.Ordinal);
        Assert.Contains("height=\"700\"", img, StringComparison.Ordinal);
        Assert.Equal("", await DraftWarnings(session, draft));
        await AssertServedImageAsync(session, url);
    }

    [Fact]
    public async Task An_image_dispatched_before_its_draft_is_on_the_page_at_the_first_publish()
    {
        var session = await worker.GetAsync(azurite);
        const string draft = "dispatch/before/post.md";
        const string image = "dispatch/before/photo.jpg";
        await UploadImageAsync(session, image, TestImages.Jpeg(800, 600));
        Assert.True((await session.PublishAsync(image)).Succeeded);
        await session.UploadAsync(draft, Article("dispatch-before", "./photo.jpg"));

        Assert.True((await session.PublishAsync(draft)).Succeeded);

        var url = (await AssetState(session, image)).GetProperty("url").GetString()!;
        var img = await ImageOnPage(session, "dispatch-before");
        Assert.Contains($"src=\"{url}\"", img, StringComparison.Ordinal);
        Assert.Contains("width=\"800\"", img, StringComparison.Ordinal);
        Assert.Contains("height=\"600\"", img, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_image_stays_on_the_page_from_its_last_copy_and_warns_on_the_draft()
    {
        var session = await worker.GetAsync(azurite);
        const string draft = "dispatch/deleted/post.md";
        const string image = "dispatch/deleted/fig.png";
        await UploadImageAsync(session, image, TestImages.Png(640, 480));
        Assert.True((await session.PublishAsync(image)).Succeeded);
        await session.UploadAsync(draft, Article("dispatch-deleted", "fig.png"));
        Assert.True((await session.PublishAsync(draft)).Succeeded);
        var url = (await AssetState(session, image)).GetProperty("url").GetString()!;

        await session.Drafts.DeleteBlobAsync(image);
        var invocation = await session.UnpublishAsync(image);

        Assert.True(invocation.Succeeded, invocation.ErrorMessage);
        using (var page = await session.Host.GetAsync(SitePaths.Article("dispatch-deleted")))
        {
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            var html = await page.Response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("class=\"missing-image\"", html, StringComparison.Ordinal);
            Assert.Contains(url, html, StringComparison.Ordinal); // nothing live breaks: the last published copy stays
        }

        Assert.Contains($"image 'fig.png' {Pipeline.Publishing.Stores.AssetRecord.DeletedNotice}", await DraftWarnings(session, draft), StringComparison.Ordinal);
        await AssertServedImageAsync(session, url);
        Assert.Equal("deleted", (await AssetState(session, image)).GetProperty("state").GetString());
    }

    private static string Article(string slug, string reference) =>
        $"---\ntitle: {slug}\nslug: {slug}\ndate: 2026-11-01T09:00:00Z\n---\n\nThe figure:\n\n![figure]({reference})\n";

    private static Task UploadImageAsync(WorkerSession session, string path, byte[] bytes) =>
        session.Drafts.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);

    private static BlobContainerClient Assets(WorkerSession session) =>
        session.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(session.Storage.AssetsContainer);

    private static async Task AssertServedImageAsync(WorkerSession session, string url)
    {
        using var served = await session.Host.GetAsync(url);
        Assert.Equal("ServeAsset", served.FunctionName);
        Assert.Equal(HttpStatusCode.OK, served.Response.StatusCode);
        Assert.StartsWith("image/", served.Response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(served.Response.Headers.GetValues("X-Content-Type-Options")));
        Assert.NotEmpty(await served.Response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<string> ImageOnPage(WorkerSession session, string slug)
    {
        using var page = await session.Host.GetAsync(SitePaths.Article(slug));
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var html = await page.Response.Content.ReadAsStringAsync();
        var img = ImgTag().Match(html);
        Assert.True(img.Success, html);
        return img.Value;
    }

    private static async Task<JsonElement> AssetState(WorkerSession session, string path)
    {
        using var assets = await session.Host.GetAsync(SitePaths.AssetsApi);
        Assert.Equal("ListAssets", assets.FunctionName);
        return Listed(await InvocationJson.ReadAsync(assets)).Single(entry => entry.GetProperty("path").GetString() == path);
    }

    private static async Task<string> DraftWarnings(WorkerSession session, string path)
    {
        using var drafts = await session.Host.GetAsync(SitePaths.DraftsApi);
        var draft = (await InvocationJson.ReadAsync(drafts)).GetProperty("drafts").EnumerateArray().Single(d => d.GetProperty("path").GetString() == path);
        return draft.TryGetProperty("warnings", out var warnings)
            ? string.Join('\n', warnings.EnumerateArray().Select(warning => warning.GetProperty("message").GetString()))
            : "";
    }

    private static IEnumerable<JsonElement> Listed(JsonElement assets) => assets.GetProperty("assets").EnumerateArray();

    [GeneratedRegex(@"^/assets/(?<hash>[0-9a-f]{32})/")]
    private static partial Regex AssetUrl();

    [GeneratedRegex(@"<img\s[^>]*>")]
    private static partial Regex ImgTag();
}
