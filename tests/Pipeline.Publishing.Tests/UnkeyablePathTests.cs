using Azure.Data.Tables;

namespace Pipeline.Publishing.Tests;

/// <summary>
/// A draft whose path is too long to key index rows by (<see cref="DraftErrorKind.PathTooLong"/>) used to get no
/// status row at all, so <c>/api/drafts</c> and <c>pipeline status</c> showed it "pending" forever (issue 15). Now its
/// status row (keyed by a hash of the path) says why, reconcile leaves it alone, and it goes with the draft.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class UnkeyablePathTests(AzuriteFixture azurite)
{
    private static readonly string LongPath = "archive/" + new string('p', IndexKeys.MaxPathLength) + ".md";

    [Fact]
    public async Task A_path_too_long_to_key_gets_a_failed_status_row_with_a_readable_reason()
    {
        await using var h = await StartAsync(azurite);
        var etag = await h.UploadAsync(LongPath, Draft("Long path", slug: "long"));

        await h.Publisher.PublishAsync(LongPath);

        var status = await h.Statuses.GetAsync(LongPath);
        Assert.NotNull(status);
        Assert.Equal((DraftState.Failed, DraftErrorKind.PathTooLong, etag), (status.State, status.ErrorKind, status.ETag));
        Assert.Contains($"the limit is {IndexKeys.MaxPathLength}; rename the draft", status.Message, StringComparison.Ordinal);
        Assert.Contains(await ListStatusPathsAsync(h), path => path == LongPath);
        Assert.Empty(await h.ListAllAsync());
    }

    [Fact]
    public async Task Its_row_is_keyed_by_a_hash_and_holds_the_whole_path()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync(LongPath, Draft("Long path"));

        var table = h.Get<TableServiceClient>().GetTableClient(h.Storage.DraftStatusTable);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        var only = Assert.Single(rows);
        Assert.StartsWith("hash|", only.RowKey, StringComparison.Ordinal);
        Assert.Equal(LongPath, only.GetString("Path"));
    }

    [Fact]
    public async Task Reconcile_does_not_retry_it_and_forgets_it_once_the_draft_is_deleted()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAsync(LongPath, Draft("Long path")); // its event never came: reconcile finds it

        var first = await h.Reconciler.ReconcileAsync();
        var second = await h.Reconciler.ReconcileAsync();

        Assert.Equal(new ReconcileReport(Examined: 1, Published: 0, Unpublished: 0, Failed: 1), first);
        Assert.Equal(new ReconcileReport(Examined: 1, Published: 0, Unpublished: 0, Failed: 0), second);
        Assert.Equal(1, (await h.Statuses.GetAsync(LongPath))!.Attempts);

        await h.DeleteDraftAsync(LongPath);
        await h.Reconciler.ReconcileAsync();

        Assert.Null(await h.Statuses.GetAsync(LongPath));
    }

    [Fact]
    public async Task A_poisoned_event_for_it_records_the_real_reason()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAsync(LongPath, Draft("Long path"));

        await h.Publisher.RecordPoisonAsync(LongPath, etag: null);

        var status = await h.Statuses.GetAsync(LongPath);
        Assert.Equal((DraftState.Failed, DraftErrorKind.PathTooLong), (status!.State, status.ErrorKind));
    }

    private static async Task<List<string>> ListStatusPathsAsync(PublishingHarness h)
    {
        var paths = new List<string>();
        await foreach (var status in h.Statuses.ListAsync())
        {
            paths.Add(status.Path);
        }

        return paths;
    }
}
