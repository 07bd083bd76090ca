using System.Net;
using System.Text.Json;
using Pipeline.Functions.HostHarness;
using Pipeline.Publishing;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.TestSupport;

namespace Pipeline.Functions.Tests;

/// <summary>
/// The real Functions worker process, driven over the host protocol against a real Azurite: what the
/// Functions host would see when Event Grid, the queues, the timer and HTTP clients invoke the app.
/// Every test works on its own drafts and slugs in the shared worker's storage.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class EndToEndTests(AzuriteFixture azurite, SharedWorker worker) : IClassFixture<SharedWorker>
{
    [Fact]
    public async Task A_published_draft_is_stored_indexed_listed_and_served_through_the_worker()
    {
        // A Japanese blob name and slug (from front matter; the file name gives the same) exercise the
        // blob reference, the percent-encoded route and the route value end to end.
        const string path = "news/東京の秋.md";
        const string slug = "東京の秋";
        var session = await worker.GetAsync(azurite);
        await session.UploadAsync(path, Sample("tokyo-autumn.ja.md"));
        var etag = (await session.Drafts.GetBlobClient(path).GetPropertiesAsync()).Value.ETag.ToString();

        var invocation = await session.PublishAsync(path);

        Assert.True(invocation.Succeeded, invocation.ErrorMessage);
        // The invocation's own log lines reach the host: draft, version and outcome in one structured line.
        Assert.Contains(invocation.Logs, log =>
            log.Message.Contains(path, StringComparison.Ordinal)
            && log.Message.Contains(etag.Trim('"'), StringComparison.Ordinal)
            && log.Message.Contains(nameof(PublishOutcome.Published), StringComparison.Ordinal));
        Assert.Contains(slug, await ListedSlugs(session));
        using var page = await session.Host.GetAsync(SitePaths.Article(slug));
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("text/html", page.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("東京の秋", await page.Response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Response headers survive the worker's HTTP pipeline: a revalidation answers 304 without a body.
        var revalidate = new HttpRequestMessage(HttpMethod.Get, SitePaths.Article(slug));
        revalidate.Headers.IfNoneMatch.Add(Assert.IsType<System.Net.Http.Headers.EntityTagHeaderValue>(page.Response.Headers.ETag));
        using var notModified = await session.Host.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.Response.StatusCode);
    }

    [Fact]
    public async Task A_deleted_draft_answers_410_through_the_worker()
    {
        const string slug = "消える記事";
        var session = await worker.GetAsync(azurite);
        var path = await session.UploadArticleAsync(slug);
        Assert.True((await session.PublishAsync(path)).Succeeded);
        await session.Drafts.DeleteBlobAsync(path);

        var invocation = await session.UnpublishAsync(path);

        Assert.True(invocation.Succeeded, invocation.ErrorMessage);
        using var page = await session.Host.GetAsync(SitePaths.Article(slug));
        Assert.Equal(HttpStatusCode.Gone, page.Response.StatusCode);
        Assert.DoesNotContain(slug, await ListedSlugs(session));
    }

    [Fact]
    public async Task A_deletion_event_for_another_container_changes_nothing()
    {
        const string slug = "残る記事";
        var session = await worker.GetAsync(azurite);
        var path = await session.UploadArticleAsync(slug);
        Assert.True((await session.PublishAsync(path)).Succeeded);

        var invocation = await session.UnpublishAsync(path, container: "some-other-container");

        Assert.True(invocation.Succeeded, invocation.ErrorMessage);
        using var page = await session.Host.GetAsync(SitePaths.Article(slug));
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
    }

    [Fact]
    public async Task A_duplicate_event_succeeds_and_changes_nothing()
    {
        const string slug = "二度届く記事";
        var session = await worker.GetAsync(azurite);
        var path = await session.UploadArticleAsync(slug);
        Assert.True((await session.PublishAsync(path)).Succeeded);
        using var before = await session.Host.GetAsync(SitePaths.Article(slug));

        // Event Grid delivers at least once: the same event again must be harmless.
        var duplicate = await session.PublishAsync(path);

        Assert.True(duplicate.Succeeded, duplicate.ErrorMessage);
        using var after = await session.Host.GetAsync(SitePaths.Article(slug));
        Assert.Equal(HttpStatusCode.OK, after.Response.StatusCode);
        Assert.Equal(before.Response.Headers.ETag, after.Response.Headers.ETag);
    }

    [Fact]
    public async Task Reconcile_publishes_a_draft_whose_event_was_missed()
    {
        var session = await worker.GetAsync(azurite);
        await session.UploadAsync("getting-started.md", Sample("getting-started.md"));

        var invocation = await session.Host.InvokeAsync("Reconcile", HostInputs.Timer());

        Assert.True(invocation.Succeeded, invocation.ErrorMessage);
        using var page = await session.Host.GetAsync(SitePaths.Article("getting-started"));
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
    }

    [Fact]
    public async Task A_bad_draft_is_recorded_readably_and_the_invocation_still_succeeds()
    {
        var session = await worker.GetAsync(azurite);
        await session.UploadAsync("broken.md", " \n\n \n");

        var invocation = await session.PublishAsync("broken.md");

        // A permanent problem is recorded, not thrown: retrying the same bytes would fail the same way.
        Assert.True(invocation.Succeeded, invocation.ErrorMessage);
        var draft = await DraftState(session, "broken.md");
        Assert.Equal("failed", draft.GetProperty("state").GetString());
        Assert.Equal(nameof(DraftErrorKind.Empty), draft.GetProperty("error").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_poison_message_marks_the_draft_poisoned()
    {
        var session = await worker.GetAsync(azurite);
        var path = await session.UploadArticleAsync("stuck");
        var etag = (await session.Drafts.GetBlobClient(path).GetPropertiesAsync()).Value.ETag.ToString();
        var message = JsonSerializer.Serialize(new
        {
            Type = "BlobTrigger",
            FunctionId = "Host.Functions.PublishDraft",
            BlobType = "BlockBlob",
            ContainerName = session.Storage.DraftsContainer,
            BlobName = path,
            ETag = etag,
        });

        var invocation = await session.Host.InvokeAsync("RecordPoison", HostInputs.Text(message));

        Assert.True(invocation.Succeeded, invocation.ErrorMessage);
        var draft = await DraftState(session, path);
        Assert.Equal("poisoned", draft.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_storage_outage_fails_the_invocation_so_the_host_retries()
    {
        const string slug = "停電中の記事";
        var session = await worker.GetAsync(azurite);
        var path = await session.UploadArticleAsync(slug);

        await azurite.StopAsync();
        InvocationResult invocation;
        try
        {
            invocation = await session.PublishAsync(path);
        }
        finally
        {
            await azurite.StartAsync();
        }

        Assert.False(invocation.Succeeded);
        Assert.False(string.IsNullOrEmpty(invocation.ErrorMessage));

        // Once storage is back, the host's retry publishes it.
        Assert.True((await session.PublishAsync(path)).Succeeded);
        using var page = await session.Host.GetAsync(SitePaths.Article(slug));
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
    }

    [Fact]
    public async Task Requests_route_to_functions_by_the_declared_routes_and_methods_only()
    {
        var session = await worker.GetAsync(azurite);

        // The host would answer 404/405 itself; the harness refuses to invent an invocation.
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.Host.SendAsync(new HttpRequestMessage(HttpMethod.Post, SitePaths.ArticlesApi)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.Host.GetAsync("/no/such/route"));
        using var unknown = await session.Host.GetAsync(SitePaths.Article("まだ無い記事"));
        Assert.Equal("ArticlePage", unknown.FunctionName);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Response.StatusCode);
    }

    private static string Sample(string name) => File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "samples", name));

    private static async Task<string?[]> ListedSlugs(WorkerSession session)
    {
        using var listing = await session.Host.GetAsync(SitePaths.ArticlesApi + "?limit=100");
        return (await InvocationJson.ReadAsync(listing)).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("slug").GetString()).ToArray();
    }

    private static async Task<JsonElement> DraftState(WorkerSession session, string path)
    {
        using var drafts = await session.Host.GetAsync(SitePaths.DraftsApi);
        return (await InvocationJson.ReadAsync(drafts)).GetProperty("drafts").EnumerateArray().Single(d => d.GetProperty("path").GetString() == path);
    }
}
