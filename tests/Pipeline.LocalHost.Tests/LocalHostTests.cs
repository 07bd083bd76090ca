using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Pipeline.Publishing.Configuration;
using Pipeline.Rendering.Configuration;
using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>
/// The real local host process over real Azurite: the WebJobs blob trigger publishes an upload, the reconcile timer
/// unpublishes a deleted draft, a bad overwrite is reported while the previous page stays live.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class LocalHostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int MaxDraftBytes = 4096;
    private TestStorage _storage = null!;
    private LocalHostProcess _host = null!;
    private BlobContainerClient _drafts = null!;

    public async Task InitializeAsync()
    {
        _storage = azurite.CreateStorage();
        _host = await LocalHostProcess.StartAsync(_storage, new Dictionary<string, string?>
        {
            [$"{PipelineNames.OptionsSection}:{nameof(RenderingOptions.MaxDraftBytes)}"] = MaxDraftBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _drafts = new BlobContainerClient(_storage.ConnectionString, _storage.DraftsContainer);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_upload_is_published_and_served_and_a_delete_makes_it_gone()
    {
        await UploadAsync("local-one.md", Draft("local-one", "Uploaded through blob storage."));

        var listing = await Eventually.GetAsync(
            () => _host.Client.GetStringAsync("/api/articles"),
            json => Slugs(json).Contains("local-one"),
            () => _host.Output);
        var page = await _host.Client.GetAsync("/articles/local-one");

        Assert.Contains("local-one", Slugs(listing));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Uploaded through blob storage.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await _drafts.DeleteBlobAsync("local-one.md");

        await Eventually.GetAsync(
            async () => (await _host.Client.GetAsync("/articles/local-one")).StatusCode,
            status => status == HttpStatusCode.Gone,
            () => _host.Output);
        Assert.DoesNotContain("local-one", Slugs(await _host.Client.GetStringAsync("/api/articles")));
    }

    [Fact]
    public async Task A_bad_overwrite_is_reported_with_its_error_while_the_previous_page_stays_live()
    {
        await UploadAsync("keeper.md", Draft("keeper", "The good version."));
        await Eventually.GetAsync(
            async () => (await _host.Client.GetAsync("/articles/keeper")).StatusCode,
            status => status == HttpStatusCode.OK,
            () => _host.Output);

        await UploadAsync("keeper.md", Draft("keeper", new string('x', MaxDraftBytes * 2)));

        var failed = await Eventually.GetAsync(
            async () => DraftState(await _host.Client.GetStringAsync("/api/drafts"), "keeper.md"),
            state => state?.GetProperty("state").GetString() == "failed",
            () => _host.Output);
        Assert.Equal("TooLarge", failed!.Value.GetProperty("error").GetProperty("kind").GetString());
        Assert.Contains("The good version.", await _host.Client.GetStringAsync("/articles/keeper"), StringComparison.Ordinal);
    }

    private Task UploadAsync(string path, string text) =>
        _drafts.GetBlobClient(path).UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(text)), overwrite: true);

    /// <summary>A draft whose slug is its file name and its front matter's slug alike, so any renderer agrees on it.</summary>
    private static string Draft(string slug, string body) =>
        $"---\ntitle: {slug}\nslug: {slug}\ndate: 2025-06-01T00:00:00Z\n---\n\n{body}\n";

    private static string[] Slugs(string listingJson)
    {
        using var document = JsonDocument.Parse(listingJson);
        return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("slug").GetString()!)];
    }

    private static JsonElement? DraftState(string draftsJson, string path)
    {
        using var document = JsonDocument.Parse(draftsJson);
        foreach (var draft in document.RootElement.GetProperty("drafts").EnumerateArray())
        {
            if (draft.GetProperty("path").GetString() == path)
            {
                return draft.Clone();
            }
        }

        return null;
    }
}
