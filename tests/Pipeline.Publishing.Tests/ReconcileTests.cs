using Pipeline.Publishing.Configuration;

namespace Pipeline.Publishing.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class ReconcileTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Reconcile_publishes_a_missed_upload_and_overwrite_and_unpublishes_a_missed_delete()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("kept.md", Draft("Kept v1", slug: "kept"));
        await h.UploadAndPublishAsync("deleted.md", Draft("Deleted", slug: "deleted"));
        await h.UploadAsync("missed.md", Draft("Missed", slug: "missed"));  // its event never came
        await h.UploadAsync("kept.md", Draft("Kept v2", slug: "kept"));     // nor this one
        await h.DeleteDraftAsync("deleted.md");                             // no trigger fires on delete

        var report = await h.Reconciler.ReconcileAsync();

        Assert.Equal(new ReconcileReport(Examined: 2, Published: 2, Unpublished: 1, Failed: 0), report);
        Assert.Equal(["kept", "missed"], (await h.ListAllAsync()).Select(a => a.Slug).Order(StringComparer.Ordinal));
        Assert.Contains("Kept v2", await h.LivePageAsync("kept"), StringComparison.Ordinal);
        Assert.Equal(SlugState.Gone, (await h.Index.FindAsync("deleted"))!.State);
    }

    [Fact]
    public async Task Reconcile_of_an_unchanged_site_changes_nothing_and_does_not_retry_known_failures()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", Draft("A", slug: "a"));
        await h.UploadAndPublishAsync("bad.md", "---\nbroken\n---\n");
        var row = await h.Index.FindAsync("a");

        var report = await h.Reconciler.ReconcileAsync();

        Assert.Equal(new ReconcileReport(Examined: 2, Published: 0, Unpublished: 0, Failed: 0), report);
        Assert.Equal(row!.ETag, (await h.Index.FindAsync("a"))!.ETag);
        Assert.Equal(1, (await h.Statuses.GetAsync("bad.md"))!.Attempts);
    }

    [Fact]
    public async Task A_renderer_version_change_rerenders_every_article()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", Draft("A", slug: "a"));
        await h.UploadAndPublishAsync("b.md", Draft("B", slug: "b"));

        h.Renderer.VersionOverride = "test-2";
        var report = await h.Reconciler.ReconcileAsync();

        Assert.Equal(2, report.Published);
        Assert.Contains("test-2", await h.LivePageAsync("a"), StringComparison.Ordinal);
        Assert.Equal("test-2", (await h.Index.FindAsync("b"))!.Metadata!.RendererVersion);
        Assert.Equal(2, (await h.PageBlobNamesAsync()).Count);
    }

    [Fact]
    public async Task Reconcile_forgets_the_status_of_a_failed_draft_that_was_deleted()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("bad.md", "---\nbroken\n---\n");
        await h.DeleteDraftAsync("bad.md");

        await h.Reconciler.ReconcileAsync();

        Assert.Null(await h.Statuses.GetAsync("bad.md"));
    }

    [Fact]
    public async Task Reconcile_sweeps_pages_of_publishes_that_never_committed_once_they_are_old()
    {
        CrashBeforeCommitIndex? crashing = null;
        await using var h = await StartAsync(azurite, configure: s => s.Decorate<IArticleIndex>((index, _) => crashing = new CrashBeforeCommitIndex(index)));
        await h.UploadAndPublishAsync("a.md", Draft("One", slug: "a"));
        await h.UploadAsync("a.md", Draft("Two", slug: "a"));
        crashing!.CrashNextCommit = true;
        await Assert.ThrowsAnyAsync<Exception>(() => h.Publisher.PublishAsync("a.md"));
        await h.UploadAndPublishAsync("a.md", Draft("Three", slug: "a")); // "Two" is never delivered again
        Assert.Equal(2, (await h.PageBlobNamesAsync()).Count);

        await h.Reconciler.ReconcileAsync();
        Assert.Equal(2, (await h.PageBlobNamesAsync()).Count); // too young: could belong to a publish in flight

        h.Clock.Advance(TimeSpan.FromSeconds(new PipelineOptions().OrphanPageGraceSeconds) + TimeSpan.FromMinutes(1));
        await h.Reconciler.ReconcileAsync();

        Assert.Single(await h.PageBlobNamesAsync());
        Assert.Contains("Three", await h.LivePageAsync("a"), StringComparison.Ordinal);
    }
}
