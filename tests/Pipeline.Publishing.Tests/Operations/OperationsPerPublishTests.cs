using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.Publishing.Tests.Operations;

/// <summary>
/// How many storage operations one publish costs, counted on the real clients against Azurite (counts, not times).
/// docs/architecture.md ("Storage operations per publish") names the guarantee each remaining operation buys; a
/// change here must change that table too.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class OperationsPerPublishTests(AzuriteFixture azurite)
{
    private const string Path = "posts/hello.md";

    [Fact]
    public async Task A_new_draft_is_published_in_six_operations()
    {
        var (h, counter) = await StartCountedAsync();
        await using var _ = h;
        await h.UploadAsync(Path, Draft("Hello", slug: "hello"));
        counter.Reset();

        var result = await h.Publisher.PublishAsync(Path);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        AssertOperations(counter, 6);
    }

    [Fact]
    public async Task A_duplicate_event_for_the_live_version_costs_three_reads_and_no_write()
    {
        var (h, counter) = await StartCountedAsync();
        await using var _ = h;
        await h.UploadAndPublishAsync(Path, Draft("Hello", slug: "hello"));
        counter.Reset();

        var result = await h.Publisher.PublishAsync(Path);

        Assert.Equal(PublishOutcome.Unchanged, result.Outcome);
        AssertOperations(counter, 3);
        Assert.All(counter.Operations, operation => Assert.StartsWith("GET ", operation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unchanged_reupload_is_skipped_in_two_reads_and_reconcile_leaves_it_alone()
    {
        var (h, counter) = await StartCountedAsync();
        await using var _ = h;
        await h.UploadAndPublishAsync(Path, Draft("Hello", slug: "hello", body: "Look ![gone](missing.png)."));
        var live = await h.Statuses.GetAsync(Path);
        var etag = await h.UploadAsync(Path, Draft("Hello", slug: "hello", body: "Look ![gone](missing.png)."));
        var renders = h.Renderer.Renders;
        counter.Reset();

        var result = await h.Publisher.PublishAsync(Path);

        Assert.Equal(PublishOutcome.Unchanged, result.Outcome);
        AssertOperations(counter, 2);
        Assert.All(counter.Operations, operation => Assert.StartsWith("GET ", operation, StringComparison.Ordinal));
        Assert.NotEqual(live!.ETag, etag);
        Assert.Equivalent(live, await h.Statuses.GetAsync(Path)); // the live version's row, its warnings included, covers the same bytes
        Assert.NotEmpty(live.Warnings);

        counter.Reset();
        var report = await h.Reconciler.ReconcileAsync();

        Assert.Equal((0, 0, 0), (report.Published, report.Unpublished, report.Failed));
        Assert.DoesNotContain(counter.Operations, operation => !operation.StartsWith("GET ", StringComparison.Ordinal)); // listings only
        Assert.Equal(renders, h.Renderer.Renders); // not rendered again: the status row already lists its warnings
    }

    [Fact]
    public async Task An_unchanged_reupload_after_a_failed_version_rewrites_the_status_row_in_three_operations()
    {
        var (h, counter) = await StartCountedAsync();
        await using var _ = h;
        await h.UploadAndPublishAsync(Path, Draft("Hello", slug: "hello"));
        await h.UploadAndPublishAsync(Path, "---\ntitle: Good\nthis line has no colon\n---\nbody");
        Assert.Equal(DraftState.Failed, (await h.Statuses.GetAsync(Path))!.State);
        var etag = await h.UploadAsync(Path, Draft("Hello", slug: "hello"));
        counter.Reset();

        var result = await h.Publisher.PublishAsync(Path);

        Assert.Equal(PublishOutcome.Unchanged, result.Outcome);
        AssertOperations(counter, 3);
        var status = await h.Statuses.GetAsync(Path);
        Assert.Equal((DraftState.Published, etag, null), (status!.State, status.ETag, status.ErrorKind)); // the failure is over
    }

    [Fact]
    public async Task An_unchanged_reupload_without_an_MD5_falls_back_to_writing_the_status_row()
    {
        var (h, counter) = await StartCountedAsync();
        await using var _ = h;
        await h.UploadAndPublishAsync(Path, Draft("Hello", slug: "hello"));
        var etag = await UploadAsBlockListAsync(h, Path, Draft("Hello", slug: "hello"));
        Assert.Null((await h.Drafts.GetBlobClient(Path).GetPropertiesAsync()).Value.ContentHash); // what a block-list upload leaves
        counter.Reset();

        var result = await h.Publisher.PublishAsync(Path);

        Assert.Equal(PublishOutcome.Unchanged, result.Outcome);
        AssertOperations(counter, 3);
        Assert.Equal(etag, (await h.Statuses.GetAsync(Path))!.ETag); // the status row names the version that was handled
    }

    [Fact]
    public async Task Reconcile_rewrites_a_status_row_that_is_behind_the_live_bytes()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync(Path, Draft("Hello", slug: "hello"));
        await h.Statuses.DeleteAsync(Path); // as a crash between commit and status write, or a racing delete, leaves it
        var etag = await h.UploadAsync(Path, Draft("Hello", slug: "hello"));
        Assert.Equal(PublishOutcome.Unchanged, (await h.Publisher.PublishAsync(Path)).Outcome);

        await h.Reconciler.ReconcileAsync();

        var status = await h.Statuses.GetAsync(Path);
        Assert.Equal((DraftState.Published, etag, "hello"), (status!.State, status.ETag, status.Slug));
        var again = await h.Reconciler.ReconcileAsync();
        Assert.Equal((0, 0), (again.Published, again.Failed)); // and then it stays
        Assert.Equal(etag, (await h.Statuses.GetAsync(Path))!.ETag);
    }

    /// <summary>Uploads in blocks (Put Block + Put Block List), as clients do for large blobs: the service stores no MD5.</summary>
    private static async Task<string> UploadAsBlockListAsync(PublishingHarness h, string path, string text)
    {
        var blob = h.Drafts.GetBlockBlobClient(path);
        var blockId = Convert.ToBase64String("block-0"u8.ToArray());
        using (var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)))
        {
            await blob.StageBlockAsync(blockId, content);
        }

        var committed = await blob.CommitBlockListAsync([blockId]);
        return ETags.Quoted(committed.Value.ETag.ToString());
    }

    [Fact]
    public async Task An_update_is_published_in_eight_operations()
    {
        var (h, counter) = await StartCountedAsync();
        await using var _ = h;
        await h.UploadAndPublishAsync(Path, Draft("Hello", slug: "hello"));
        await h.UploadAsync(Path, Draft("Hello again", slug: "hello"));
        counter.Reset();

        var result = await h.Publisher.PublishAsync(Path);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        AssertOperations(counter, 8);
    }

    private static void AssertOperations(StorageOperationCounter counter, int expected)
    {
        var operations = counter.Operations;
        Assert.True(operations.Count == expected, $"expected {expected} storage operations, got {operations.Count}:\n{string.Join('\n', operations)}");
    }

    private async Task<(PublishingHarness Harness, StorageOperationCounter Counter)> StartCountedAsync()
    {
        var counter = new StorageOperationCounter();
        var harness = await StartAsync(azurite, configure: services =>
        {
            services.AddSingleton(_ =>
            {
                var options = new BlobClientOptions();
                options.AddPolicy(counter.For("blob"), HttpPipelinePosition.PerCall);
                return new BlobServiceClient(azurite.ConnectionString, options);
            });
            services.AddSingleton(_ =>
            {
                var options = new TableClientOptions();
                options.AddPolicy(counter.For("table"), HttpPipelinePosition.PerCall);
                return new TableServiceClient(azurite.ConnectionString, options);
            });
        });
        return (harness, counter);
    }
}
