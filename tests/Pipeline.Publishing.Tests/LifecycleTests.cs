using Pipeline.Publishing.Configuration;

namespace Pipeline.Publishing.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class LifecycleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Delete_leaves_a_tombstone_and_removes_page_listing_and_status()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", Draft("Doomed", slug: "a", extra: "tags: [t]"));
        await h.UploadAndPublishAsync("b.md", Draft("Stays", slug: "b", extra: "tags: [t]"));
        await h.DeleteDraftAsync("a.md");

        var result = await h.Publisher.UnpublishAsync("a.md");
        var duplicate = await h.Publisher.UnpublishAsync("a.md");

        Assert.Equal(PublishOutcome.Unpublished, result.Outcome);
        Assert.Equal(PublishOutcome.Missing, duplicate.Outcome);
        Assert.Equal(SlugState.Gone, (await h.Index.FindAsync("a"))!.State);
        Assert.Equal(["b"], (await h.ListAllAsync()).Select(a => a.Slug));
        Assert.Equal(["b"], (await h.ListAllAsync(tag: "t")).Select(a => a.Slug));
        Assert.Single(await h.PageBlobNamesAsync());
        Assert.Null(await h.Statuses.GetAsync("a.md"));
    }

    [Fact]
    public async Task A_delete_event_handled_after_the_draft_was_uploaded_again_keeps_it_published()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", Draft("One", slug: "a"));
        await h.DeleteDraftAsync("a.md");
        await h.UploadAsync("a.md", Draft("Two", slug: "a"));

        var result = await h.Publisher.UnpublishAsync("a.md");

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Contains("Two", await h.LivePageAsync("a"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_slug_can_be_published_again()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", Draft("One", slug: "a"));
        await h.DeleteDraftAsync("a.md");
        await h.Publisher.UnpublishAsync("a.md");

        var result = await h.UploadAndPublishAsync("other.md", Draft("Reborn", slug: "a"));

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Contains("Reborn", await h.LivePageAsync("a"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_true_is_not_published_and_unpublishes_a_live_article()
    {
        await using var h = await StartAsync(azurite);
        Assert.Equal(PublishOutcome.NotPublishable, (await h.UploadAndPublishAsync("new.md", Draft("Unfinished", slug: "new", extra: "draft: true"))).Outcome);
        Assert.Null(await h.Index.FindAsync("new"));
        await h.UploadAndPublishAsync("a.md", Draft("Live", slug: "a"));

        var result = await h.UploadAndPublishAsync("a.md", Draft("Withdrawn", slug: "a", extra: "draft: true"));

        Assert.Equal(PublishOutcome.NotPublishable, result.Outcome);
        Assert.Null(await h.Index.FindAsync("a"));
        Assert.Empty(await h.ListAllAsync());
        Assert.Empty(await h.PageBlobNamesAsync());
        Assert.Equal(DraftState.Draft, (await h.Statuses.GetAsync("a.md"))!.State);

        Assert.Equal(PublishOutcome.Published, (await h.UploadAndPublishAsync("a.md", Draft("Back", slug: "a"))).Outcome);
        Assert.Equal("Back", Assert.Single(await h.ListAllAsync()).Title);
    }

    [Fact]
    public async Task A_future_date_is_scheduled_and_reconcile_publishes_it_when_due()
    {
        await using var h = await StartAsync(azurite);
        var due = h.Clock.GetUtcNow().AddDays(2);

        var result = await h.UploadAndPublishAsync("later.md", Draft("Later", slug: "later", date: due.ToString("O")));

        Assert.Equal(PublishOutcome.Scheduled, result.Outcome);
        Assert.Null(await h.Index.FindAsync("later"));
        var status = await h.Statuses.GetAsync("later.md");
        Assert.Equal(DraftState.Scheduled, status!.State);
        Assert.Equal(due, status.DueAt);
        Assert.Equal(0, (await h.Reconciler.ReconcileAsync()).Published); // not yet due

        h.Clock.Advance(TimeSpan.FromDays(3));
        var report = await h.Reconciler.ReconcileAsync();

        Assert.Equal(1, report.Published);
        Assert.Equal("Later", Assert.Single(await h.ListAllAsync()).Title);
        Assert.Equal(DraftState.Published, (await h.Statuses.GetAsync("later.md"))!.State);
    }

    [Fact]
    public async Task A_changed_slug_redirects_every_old_slug_and_alias_to_the_new_one()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", Draft("Post", slug: "first"));
        await h.UploadAndPublishAsync("a.md", Draft("Post", slug: "second", extra: "aliases: [/articles/legacy/]"));

        var result = await h.UploadAndPublishAsync("a.md", Draft("Post", slug: "third", extra: "aliases: [/articles/legacy/]"));

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        foreach (var old in new[] { "first", "second", "legacy" })
        {
            var row = await h.Index.FindAsync(old);
            Assert.Equal(SlugState.Redirect, row!.State);
            Assert.Equal("third", row.Target);
        }

        Assert.Equal(["third"], (await h.ListAllAsync()).Select(a => a.Slug));
        Assert.Single(await h.PageBlobNamesAsync());

        // Renaming back takes the redirect row over again.
        await h.UploadAndPublishAsync("a.md", Draft("Post", slug: "first"));
        Assert.Equal(SlugState.Article, (await h.Index.FindAsync("first"))!.State);
        Assert.Equal("first", (await h.Index.FindAsync("third"))!.Target);
    }

    [Fact]
    public async Task Deleting_a_renamed_article_turns_its_old_slugs_into_tombstones()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", Draft("Post", slug: "old"));
        await h.UploadAndPublishAsync("a.md", Draft("Post", slug: "new"));
        await h.DeleteDraftAsync("a.md");

        await h.Publisher.UnpublishAsync("a.md");

        Assert.Equal(SlugState.Gone, (await h.Index.FindAsync("old"))!.State);
        Assert.Equal(SlugState.Gone, (await h.Index.FindAsync("new"))!.State);
    }

    [Fact]
    public async Task A_second_draft_claiming_a_slug_fails_with_SlugConflict_and_the_first_stays()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("first.md", Draft("First", slug: "shared"));

        var result = await h.UploadAndPublishAsync("second.md", Draft("Second", slug: "shared"));

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("first.md", result.Error, StringComparison.Ordinal);
        var status = await h.Statuses.GetAsync("second.md");
        Assert.Equal(DraftState.Failed, status!.State);
        Assert.Equal(DraftErrorKind.SlugConflict, status.ErrorKind);
        Assert.Contains("'shared'", status.Message, StringComparison.Ordinal);
        Assert.Equal("first.md", (await h.Index.FindAsync("shared"))!.Owner);
        Assert.Contains("First", await h.LivePageAsync("shared"), StringComparison.Ordinal);

        // A new draft's first pass assumes its slug is free (one read fewer per new draft), so the loser wrote its
        // page before its commit failed: an unreferenced blob, which reconcile sweeps once it is old enough.
        var live = (await h.Index.FindAsync("shared"))!.PageBlob;
        var unreferenced = Assert.Single(await h.PageBlobNamesAsync(), name => name != live);
        h.Clock.Advance(TimeSpan.FromSeconds(new PipelineOptions().OrphanPageGraceSeconds) + TimeSpan.FromMinutes(1));
        await h.Reconciler.ReconcileAsync();
        Assert.DoesNotContain(unreferenced, await h.PageBlobNamesAsync());
        Assert.Contains("First", await h.LivePageAsync("shared"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_drafts_racing_for_one_free_slug_leave_exactly_one_owner()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAsync("one.md", Draft("One", slug: "contested"));
        await h.UploadAsync("two.md", Draft("Two", slug: "contested"));

        var results = await Task.WhenAll(Task.Run(() => h.Publisher.PublishAsync("one.md")), Task.Run(() => h.Publisher.PublishAsync("two.md")));

        var winner = Assert.Single(results, r => r.Outcome == PublishOutcome.Published);
        var loser = Assert.Single(results, r => r.Outcome == PublishOutcome.Failed);
        Assert.Equal(DraftErrorKind.SlugConflict, (await h.Statuses.GetAsync(loser.DraftPath))!.ErrorKind);
        Assert.Equal(winner.DraftPath, (await h.Index.FindAsync("contested"))!.Owner);
        Assert.Single(await h.ListAllAsync());
    }

    [Fact]
    public async Task An_alias_never_takes_over_another_drafts_article()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("other.md", Draft("Other", slug: "taken"));

        await h.UploadAndPublishAsync("a.md", Draft("Mine", slug: "mine", extra: "aliases: [taken]"));

        Assert.Equal(SlugState.Article, (await h.Index.FindAsync("taken"))!.State);
        Assert.Equal("other.md", (await h.Index.FindAsync("taken"))!.Owner);
    }
}
