using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using Pipeline.Publishing.Configuration;
using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>
/// Changing site settings re-renders pages (issue 15, defect 5) on the real local host: restarted with another
/// <c>Pipeline:Site:Title</c> and <c>BaseUrl</c>, the reconcile at start re-renders the article, so its page carries the
/// new <c>&lt;title&gt;</c> and canonical URL under a new ETag (caches holding the old one get the new page, not 304).
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class SiteSettingsRestartTests(AzuriteFixture azurite)
{
    private const string Slug = "restart-title";

    [Fact]
    public async Task Restarting_with_a_new_title_and_base_url_re_renders_the_article_under_a_new_etag()
    {
        var storage = azurite.CreateStorage();
        var hostId = "test-" + Guid.NewGuid().ToString("N")[..16]; // the same host across its restart, as in production
        string oldETag;
        await using (var before = await LocalHostProcess.StartAsync(storage, Site(hostId, "Before Title", "https://before.example/")))
        {
            var drafts = new BlobContainerClient(storage.ConnectionString, storage.DraftsContainer);
            await drafts.GetBlobClient(Slug + ".md").UploadAsync(
                BinaryData.FromBytes(Encoding.UTF8.GetBytes($"---\ntitle: Restarted\nslug: {Slug}\ndate: 2026-11-01T09:00:00Z\n---\nSame draft, new site settings.\n")));
            var first = await Eventually.GetAsync(() => before.Client.GetAsync("/articles/" + Slug), r => r.StatusCode == HttpStatusCode.OK, () => before.Output);
            var page = await first.Content.ReadAsStringAsync();
            Assert.Contains("<title>Restarted | Before Title</title>", page, StringComparison.Ordinal);
            Assert.Contains($"<link rel=\"canonical\" href=\"https://before.example/articles/{Slug}\">", page, StringComparison.Ordinal);
            oldETag = first.Headers.ETag!.Tag;
        }

        await using var after = await LocalHostProcess.StartAsync(storage, Site(hostId, "After Title", "https://after.example/"));

        var renewed = await Eventually.GetAsync(
            async () => await (await after.Client.GetAsync("/articles/" + Slug)).Content.ReadAsStringAsync(),
            body => body.Contains("After Title", StringComparison.Ordinal),
            () => after.Output);
        Assert.Contains("<title>Restarted | After Title</title>", renewed, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"https://after.example/articles/{Slug}\">", renewed, StringComparison.Ordinal);
        Assert.DoesNotContain("before.example", renewed, StringComparison.Ordinal);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/articles/" + Slug);
        revalidation.Headers.IfNoneMatch.ParseAdd(oldETag);
        using var answer = await after.Client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode); // not 304: the old ETag names the old page
        Assert.NotEqual(oldETag, answer.Headers.ETag!.Tag);
    }

    private static Dictionary<string, string?> Site(string hostId, string title, string baseUrl) => new()
    {
        ["LocalHost:HostId"] = hostId,
        [$"{PipelineNames.OptionsSection}:Site:Title"] = title,
        [$"{PipelineNames.OptionsSection}:Site:BaseUrl"] = baseUrl,
    };
}
