namespace Pipeline.Publishing.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class TransientFaultTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_outage_mid_run_throws_so_the_trigger_retries_and_afterwards_nothing_is_lost()
    {
        await using var h = await StartAsync(azurite);
        var paths = Enumerable.Range(1, 6).Select(i => $"post-{i}.md").ToList();
        foreach (var (path, i) in paths.Select((p, i) => (p, i)))
        {
            await h.UploadAsync(path, Draft($"Post {i}", slug: $"post-{i}", date: $"2026-01-{i + 1:00}T00:00:00Z"));
        }

        await h.Publisher.PublishAsync(paths[0]);
        await h.Publisher.PublishAsync(paths[1]);

        await azurite.StopAsync();
        try
        {
            foreach (var path in paths.Skip(2))
            {
                await Assert.ThrowsAnyAsync<Exception>(() => h.Publisher.PublishAsync(path));
            }
        }
        finally
        {
            await azurite.StartAsync();
        }

        // The trigger's retries (or reconcile) deliver the failed events again once storage is back.
        var report = await h.Reconciler.ReconcileAsync();

        Assert.Equal(4, report.Published);
        Assert.Equal(0, report.Failed);
        Assert.Equal(paths.Count, (await h.ListAllAsync()).Count);
        await foreach (var status in h.Statuses.ListAsync())
        {
            Assert.Equal(DraftState.Published, status.State); // an outage is never recorded as a draft's fault
        }

        Assert.Equal(PublishOutcome.Unchanged, (await h.Publisher.PublishAsync(paths[0])).Outcome); // data survived the restart
    }

    [Fact]
    public async Task A_crash_between_page_write_and_index_commit_keeps_the_old_page_live_and_heals_on_the_next_delivery()
    {
        CrashBeforeCommitIndex? crashing = null;
        await using var h = await StartAsync(azurite, configure: s => s.Decorate<IArticleIndex>((index, _) => crashing = new CrashBeforeCommitIndex(index)));
        await h.UploadAndPublishAsync("a.md", Draft("Old", slug: "a"));
        await h.UploadAsync("a.md", Draft("New", slug: "a"));
        crashing!.CrashNextCommit = true;

        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => h.Publisher.PublishAsync("a.md"));

        Assert.Contains("Old", await h.LivePageAsync("a"), StringComparison.Ordinal);
        Assert.Equal(2, (await h.PageBlobNamesAsync()).Count); // the new page was written, not yet live

        var retried = await h.Publisher.PublishAsync("a.md");

        Assert.Equal(PublishOutcome.Published, retried.Outcome);
        Assert.Contains("New", await h.LivePageAsync("a"), StringComparison.Ordinal);
        Assert.Single(await h.PageBlobNamesAsync());
    }
}
