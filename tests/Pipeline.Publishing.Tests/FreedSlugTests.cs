namespace Pipeline.Publishing.Tests;

/// <summary>
/// A slug conflict depends on another draft's state: when the slug is freed, the draft that lost it is published in
/// the same reconcile pass (issue 15, defect 1). On the local host a rename is exactly this: the new name's blob
/// event arrives first and loses, the delete of the old name is seen only by reconcile.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class FreedSlugTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_rename_ends_with_the_article_live_under_its_slug_after_one_reconcile()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("q.md", Draft("Quick"));
        var lost = await h.UploadAndPublishAsync("q2.md", Draft("Quick")); // same content under the new name
        Assert.Equal(PublishOutcome.Failed, lost.Outcome);
        await h.DeleteDraftAsync("q.md");

        await h.Reconciler.ReconcileAsync();

        await AssertLiveAsync(h, "quick", "q2.md");
    }

    [Fact]
    public async Task Unpublishing_the_owner_by_its_delete_event_frees_the_slug_for_the_waiting_draft_at_the_next_reconcile()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "contested"));
        await h.UploadAndPublishAsync("waiting.md", Draft("Waiting", slug: "contested"));
        await h.DeleteDraftAsync("owner.md");
        await h.Publisher.UnpublishAsync("owner.md"); // the Functions app's delete event

        await h.Reconciler.ReconcileAsync();

        await AssertLiveAsync(h, "contested", "waiting.md");
    }

    [Fact]
    public async Task The_owner_changing_its_slug_frees_the_old_one_for_the_waiting_draft()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "contested"));
        await h.UploadAndPublishAsync("waiting.md", Draft("Waiting", slug: "contested"));
        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "elsewhere"));

        await h.Reconciler.ReconcileAsync();

        await AssertLiveAsync(h, "contested", "waiting.md");
        Assert.Equal("owner.md", (await h.Index.FindAsync("elsewhere"))!.Owner);
    }

    [Fact]
    public async Task The_owner_withdrawn_as_a_draft_frees_the_slug()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "contested"));
        await h.UploadAndPublishAsync("waiting.md", Draft("Waiting", slug: "contested"));
        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "contested", extra: "draft: true"));

        await h.Reconciler.ReconcileAsync();

        await AssertLiveAsync(h, "contested", "waiting.md");
    }

    [Fact]
    public async Task The_delete_event_of_the_owner_publishes_the_waiting_draft_without_a_reconcile()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "contested"));
        await h.UploadAndPublishAsync("waiting.md", Draft("Waiting", slug: "contested"));
        await h.DeleteDraftAsync("owner.md");

        await h.Publisher.UnpublishAsync("owner.md"); // the Functions app's delete event; no reconcile follows

        await AssertLiveAsync(h, "contested", "waiting.md");
    }

    [Fact]
    public async Task A_rename_handled_by_events_alone_ends_live_under_its_slug()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("q.md", Draft("Quick"));
        Assert.Equal(PublishOutcome.Failed, (await h.UploadAndPublishAsync("q2.md", Draft("Quick"))).Outcome);
        await h.DeleteDraftAsync("q.md");

        await h.Publisher.UnpublishAsync("q.md");

        await AssertLiveAsync(h, "quick", "q2.md");
    }

    [Fact]
    public async Task The_publish_event_of_the_owner_changing_its_slug_publishes_the_waiting_draft()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "contested"));
        await h.UploadAndPublishAsync("waiting.md", Draft("Waiting", slug: "contested"));

        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "elsewhere"));

        await AssertLiveAsync(h, "contested", "waiting.md");
        Assert.Equal("owner.md", (await h.Index.FindAsync("elsewhere"))!.Owner);
    }

    [Fact]
    public async Task The_publish_event_of_the_owner_withdrawn_as_a_draft_publishes_the_waiting_draft()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "contested"));
        await h.UploadAndPublishAsync("waiting.md", Draft("Waiting", slug: "contested"));

        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "contested", extra: "draft: true"));

        await AssertLiveAsync(h, "contested", "waiting.md");
    }

    [Fact]
    public async Task Of_two_drafts_waiting_for_a_freed_slug_the_first_in_path_order_takes_it_and_the_other_keeps_waiting()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "contested"));
        await h.UploadAndPublishAsync("waiting-b.md", Draft("Waiting B", slug: "contested"));
        await h.UploadAndPublishAsync("waiting-a.md", Draft("Waiting A", slug: "contested"));
        await h.DeleteDraftAsync("owner.md");

        await h.Publisher.UnpublishAsync("owner.md");

        await AssertLiveAsync(h, "contested", "waiting-a.md");
        var other = await h.Statuses.GetAsync("waiting-b.md");
        Assert.Equal((DraftState.Failed, DraftErrorKind.SlugConflict, "contested"), (other!.State, other.ErrorKind, other.Slug));
    }

    [Fact]
    public async Task A_conflict_on_a_slug_still_taken_is_not_retried_by_reconcile()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("owner.md", Draft("Owner", slug: "contested"));
        await h.UploadAndPublishAsync("waiting.md", Draft("Waiting", slug: "contested"));

        var report = await h.Reconciler.ReconcileAsync();

        Assert.Equal(new ReconcileReport(Examined: 2, Published: 0, Unpublished: 0, Failed: 0), report);
        var status = await h.Statuses.GetAsync("waiting.md");
        Assert.Equal((DraftState.Failed, 1, "contested"), (status!.State, status.Attempts, status.Slug));
    }

    private static async Task AssertLiveAsync(PublishingHarness h, string slug, string owner)
    {
        var row = await h.Index.FindAsync(slug);
        Assert.Equal((SlugState.Article, owner), (row!.State, row.Owner));
        Assert.Equal([slug], (await h.ListAllAsync()).Select(a => a.Slug).Where(s => s == slug));
        Assert.NotNull(await h.LivePageAsync(slug));
        Assert.Equal(DraftState.Published, (await h.Statuses.GetAsync(owner))!.State);
    }
}
