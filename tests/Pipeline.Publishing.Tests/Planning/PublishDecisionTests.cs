using Pipeline.Publishing.Planning;
using Pipeline.Rendering;
using static Pipeline.Publishing.Tests.Planning.Drafts;

namespace Pipeline.Publishing.Tests.Planning;

/// <summary>The decision step, table-driven and in memory: every case is one set of inputs and what must be decided.</summary>
public sealed class PublishDecisionTests
{
    public static TheoryData<DecisionCase> Cases => new()
    {
        new("unchanged: same bytes and renderer as live", Live(), Version(), "raw1", Meta(contentHash: "text1"), State(Article("a")),
            PublishAction.Skip, BeforeRender: PublishAction.Skip),
        new("unchanged: other bytes, same text (a re-save with another BOM)", Live(), Version(), "raw2", Meta(contentHash: "text1"), State(Article("a")),
            PublishAction.Skip, Check: plan => Assert.Null(plan.Commit)),
        new("changed: new text replaces the live article in place", Live(), Version(), "raw2", Meta(), State(Article("a")),
            PublishAction.Publish, Check: plan =>
            {
                var change = Assert.Single(plan.Commit!.Slugs);
                Assert.Equal("slug-etag", change.Expected!.ETag);
                Assert.Equal(SlugState.Article, change.Next!.State);
                Assert.Equal("row-etag", plan.Commit.ExpectedDraft!.ETag);
                Assert.Equal("\"v2\"", plan.Next!.SourceETag);
                Assert.Equal("a/old.html", plan.SupersededPage);
                Assert.NotEqual(plan.SupersededPage, plan.PageBlob);
            }),
        new("new draft: free slug", null, Version(), "raw2", Meta(), IndexState.Empty,
            PublishAction.Publish, Check: plan =>
            {
                var change = Assert.Single(plan.Commit!.Slugs);
                Assert.Null(change.Expected); // insert-only: a racing publish of the same slug makes the commit fail
                Assert.Null(plan.Commit.ExpectedDraft);
                Assert.Null(plan.SupersededPage);
                Assert.Equal(Created, change.Next!.SortDate); // no date: the blob's creation time
            }),
        new("no date: an edit or rename keeps the live article's listing date, not the blob's latest creation time",
            Live(), Version(), "raw2", Meta(slug: "renamed"), State(Article("a") with { SortDate = Created.AddDays(-100) }),
            PublishAction.Publish, Check: plan => Assert.Equal(Created.AddDays(-100), Assert.Single(plan.Commit!.Slugs, c => c.Next!.Slug == "renamed").Next!.SortDate)),
        new("no date: the file's authored date from the upload (last git commit) dates it, before the live article's date",
            Live(), Version() with { AuthoredOn = Created.AddYears(-3) }, "raw2", Meta(), State(Article("a") with { SortDate = Created.AddDays(-100) }),
            PublishAction.Publish, Check: plan => Assert.Equal(Created.AddYears(-3), Assert.Single(plan.Commit!.Slugs, c => c.Next!.Slug == "a").Next!.SortDate)),
        new("a front-matter date wins over the authored date", null, Version() with { AuthoredOn = Created.AddYears(-3) }, "raw2", Meta(date: Now.AddDays(-1)), IndexState.Empty,
            PublishAction.Publish, Check: plan => Assert.Equal(Now.AddDays(-1), Assert.Single(plan.Commit!.Slugs).Next!.SortDate)),
        new("draft: true withdraws the live article (404, no tombstone)", Live(), Version(), "raw2", Meta(draft: true), State(Article("a")),
            PublishAction.Withdraw, Check: plan =>
            {
                var change = Assert.Single(plan.Commit!.Slugs);
                Assert.Null(change.Next);
                Assert.Equal(DraftState.Draft, plan.Next!.State);
                Assert.Null(plan.PageBlob);
                Assert.Equal("a/old.html", plan.SupersededPage);
            }),
        new("draft: true on a new draft only records it", null, Version(), "raw2", Meta(draft: true), IndexState.Empty,
            PublishAction.Withdraw, Check: plan => Assert.Empty(plan.Commit!.Slugs)),
        new("scheduled: a future date withdraws until due", Live(), Version(), "raw2", Meta(date: Now.AddDays(2)), State(Article("a")),
            PublishAction.Schedule, Check: plan =>
            {
                Assert.Null(Assert.Single(plan.Commit!.Slugs).Next);
                Assert.Equal(DraftState.Scheduled, plan.Next!.State);
                Assert.Equal(Now.AddDays(2), plan.Next.DueAt);
            }),
        new("due: a scheduled version whose date came is published though nothing changed",
            Live(state: DraftState.Scheduled, dueAt: Now.AddMinutes(-5)), Version(), "raw1", Meta(contentHash: "text1", date: Now.AddMinutes(-5)), IndexState.Empty,
            PublishAction.Publish, BeforeRender: null, Check: plan => Assert.Equal(Now.AddMinutes(-5), Assert.Single(plan.Commit!.Slugs).Next!.SortDate)),
        new("not yet due: the same scheduled version is skipped",
            Live(state: DraftState.Scheduled, dueAt: Now.AddMinutes(5)), Version(), "raw1", Meta(contentHash: "text1", date: Now.AddMinutes(5)), IndexState.Empty,
            PublishAction.Skip, BeforeRender: PublishAction.Skip),
        new("slug change: the old slug redirects to the new one", Live(slug: "old"), Version(), "raw2", Meta(slug: "new"), State(Article("old")),
            PublishAction.Publish, Check: plan =>
            {
                var old = Assert.Single(plan.Commit!.Slugs, c => c.Next!.Slug == "old").Next!;
                Assert.Equal((SlugState.Redirect, "new"), (old.State, old.Target));
                Assert.Equal(SlugState.Article, Assert.Single(plan.Commit.Slugs, c => c.Next!.Slug == "new").Next!.State);
                Assert.Equal(["old"], plan.Next!.Redirects);
            }),
        new("slug change back: the draft's own redirect is taken over, the other slug redirects",
            Live(slug: "new", redirects: ["old"]), Version(), "raw2", Meta(slug: "old"), State(Article("new"), Redirect("old", "new")),
            PublishAction.Publish, Check: plan =>
            {
                Assert.Equal("slug-etag", Assert.Single(plan.Commit!.Slugs, c => c.Next!.Slug == "old").Expected!.ETag);
                Assert.Equal("old", Assert.Single(plan.Commit.Slugs, c => c.Next!.Slug == "new").Next!.Target);
            }),
        new("alias: /articles/legacy/ redirects; other paths and other drafts' slugs are left alone",
            Live(), Version(), "raw2", Meta(aliases: ["/articles/legacy/", "/blog/elsewhere", "taken"]), State(Article("a"), Article("taken", owner: "other.md")),
            PublishAction.Publish, Check: plan =>
            {
                var legacy = Assert.Single(plan.Commit!.Slugs, c => c.Next!.Slug == "legacy").Next!;
                Assert.Equal((SlugState.Redirect, "a"), (legacy.State, legacy.Target));
                Assert.DoesNotContain(plan.Commit.Slugs, c => c.Next!.Slug is "taken" or "elsewhere" or "blog/elsewhere");
                Assert.Equal(["legacy"], plan.Next!.Redirects);
            }),
        new("alias already right: no row rewritten", Live(redirects: ["legacy"]), Version(), "raw2", Meta(aliases: ["legacy"]), State(Article("a"), Redirect("legacy", "a")),
            PublishAction.Publish, Check: plan => Assert.DoesNotContain(plan.Commit!.Slugs, c => c.Next!.Slug == "legacy")),
        new("slug conflict: another draft's live article keeps its slug", null, Version(), "raw2", Meta(slug: "shared"), State(Article("shared", owner: "first.md")),
            PublishAction.Conflict, Check: plan =>
            {
                Assert.Null(plan.Commit);
                Assert.Equal(DraftErrorKind.SlugConflict, plan.Error!.Kind);
                Assert.Contains("first.md", plan.Error.Message, StringComparison.Ordinal);
                Assert.Equal("shared", plan.ContestedSlug);
            }),
        new("slug conflict is not taken for another draft's redirect: that slug becomes this article", null, Version(), "raw2", Meta(slug: "shared"),
            State(Redirect("shared", "elsewhere", owner: "first.md")), PublishAction.Publish),
        new("tombstone reuse: a deleted draft's slug can be taken", null, Version(), "raw2", Meta(slug: "shared"), State(Gone("shared", owner: "gone.md")),
            PublishAction.Publish, Check: plan =>
            {
                var change = Assert.Single(plan.Commit!.Slugs);
                Assert.Equal(SlugState.Gone, change.Expected!.State);
                Assert.Equal((SlugState.Article, Drafts.Path), (change.Next!.State, change.Next.Owner));
            }),
        new("stale: older Last-Modified than the indexed version", Live(lastModified: Now), Version(lastModified: Now.AddSeconds(-2)), "raw2", Meta(), State(Article("a")),
            PublishAction.Stale, BeforeRender: PublishAction.Stale, Check: plan => Assert.Null(plan.Commit)),
        new("rejected: a limit of the index", null, Version(), "raw2", Meta(title: new string('t', 40_000)), IndexState.Empty,
            PublishAction.Reject, Check: plan => Assert.Equal(DraftErrorKind.FieldTooLarge, plan.Error!.Kind)),
        new("rejected: more rows than one transaction (a long history of old slugs to re-point)",
            Live(slug: "old", redirects: Enumerable.Range(0, 99).Select(i => $"r{i}").ToList()), Version(), "raw2", Meta(slug: "a"),
            State([Article("old"), .. Enumerable.Range(0, 99).Select(i => Redirect($"r{i}", "old"))]),
            PublishAction.Reject, Check: plan => Assert.Contains($"the limit is {IndexCommit.MaxRows}", plan.Error!.Message, StringComparison.Ordinal)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide(DecisionCase c)
    {
        var plan = PublishDecision.Decide(c.Record, c.Version, c.RawHash, c.Meta, c.State, Now);

        Assert.Equal(c.Expected, plan.Action);
        c.Check?.Invoke(plan);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Before_render_decides_only_from_bytes(DecisionCase c)
    {
        var plan = PublishDecision.BeforeRender(c.Record, c.Version, c.RawHash, RendererVersion, Now);

        Assert.Equal(c.BeforeRender, plan?.Action);
    }

    [Fact]
    public void A_new_renderer_version_republishes_unchanged_bytes()
    {
        var meta = Meta(contentHash: "text1") with { RendererVersion = "r2" };

        Assert.Null(PublishDecision.BeforeRender(Live(), Version(), "raw1", "r2", Now));
        Assert.Equal(PublishAction.Publish, PublishDecision.Decide(Live(), Version(), "raw1", meta, State(Article("a")), Now).Action);
    }

    [Fact]
    public void A_date_the_pipeline_supplies_is_shown_in_the_site_zone()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var authored = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var plan = PublishDecision.Decide(null, Version() with { AuthoredOn = authored }, "raw2", Meta(), IndexState.Empty, Now, tokyo);

        var date = Assert.Single(plan.Commit!.Slugs).Next!.SortDate;
        Assert.Equal(authored, date);
        Assert.Equal(TimeSpan.FromHours(9), date.Offset);
    }

    public static TheoryData<string, string?, PublishAction> Confirmations => new()
    {
        { "still the blob's current version", "\"v2\"", PublishAction.Publish },
        { "stale: the ETag moved (a newer upload while rendering)", "\"v3\"", PublishAction.Stale },
        { "stale: the draft was deleted while rendering", null, PublishAction.Stale },
    };

    [Theory]
    [MemberData(nameof(Confirmations))]
    public void Only_the_blobs_current_version_may_commit(string because, string? currentETag, PublishAction expected)
    {
        var plan = PublishDecision.Decide(Live(), Version(), "raw2", Meta(), State(Article("a")), Now);

        var confirmed = PublishDecision.ConfirmCurrent(plan, currentETag is null ? null : Version(currentETag));

        Assert.True(expected == confirmed.Action, because);
        Assert.Equal(expected == PublishAction.Publish, confirmed.Commits);
    }

    [Fact]
    public void Remove_turns_the_live_slug_and_owned_redirects_into_tombstones_and_leaves_others_alone()
    {
        var record = Live(slug: "new", redirects: ["old", "lost"]);
        var state = State(Article("new"), Redirect("old", "new"), Redirect("lost", "x", owner: "other.md"));

        var plan = PublishDecision.Remove(record, state, Now);

        Assert.Equal(PublishAction.Remove, plan.Action);
        Assert.Null(plan.Commit!.NextDraft);
        Assert.Equal(["new", "old"], plan.Commit.Slugs.Select(c => c.Next!.Slug).Order(StringComparer.Ordinal));
        Assert.All(plan.Commit.Slugs, c => Assert.Equal(SlugState.Gone, c.Next!.State));
        Assert.Equal("new/old.html", plan.SupersededPage);
    }

    [Fact]
    public void Slugs_to_read_are_the_rendered_slug_the_owned_ones_and_the_aliases()
    {
        var slugs = PublishDecision.SlugsToRead(Live(slug: "old", redirects: ["older"]), Meta(slug: "new", aliases: ["/articles/legacy/", "/blog/x"]));

        Assert.Equal(["new", "old", "older", "legacy"], slugs);
        Assert.Equal(["old", "older"], PublishDecision.SlugsToRead(Live(slug: "old", redirects: ["older"]), null));
    }

    public static TheoryData<string, DraftRecord?, DraftVersion, bool> Coverage => new()
    {
        { "same MD5 as the live bytes: covered", Live() with { SourceMd5 = "md5-a" }, Version() with { ContentMd5 = "md5-a" }, true },
        { "another MD5: other bytes", Live() with { SourceMd5 = "md5-a" }, Version() with { ContentMd5 = "md5-b" }, false },
        { "no MD5 on the version (block-list upload): the status row must name it", Live() with { SourceMd5 = "md5-a" }, Version(), false },
        { "no MD5 on the row (published before MD5s were kept)", Live(), Version() with { ContentMd5 = "md5-a" }, false },
        { "a failure was recorded since the commit", Live() with { SourceMd5 = "md5-a", StatusOutOfStep = true }, Version() with { ContentMd5 = "md5-a" }, false },
        { "no live version", null, Version() with { ContentMd5 = "md5-a" }, false },
    };

    [Theory]
    [MemberData(nameof(Coverage))]
    public void A_version_is_covered_by_the_live_status_only_with_the_same_MD5_and_nothing_recorded_since(string name, DraftRecord? record, DraftVersion version, bool covered) =>
        Assert.True(covered == PublishDecision.CoveredByLiveVersion(record, version), name);

    [Fact]
    public void A_published_version_keeps_its_MD5_in_the_draft_row_and_a_commit_clears_the_out_of_step_mark()
    {
        var plan = PublishDecision.Decide(
            Live() with { StatusOutOfStep = true }, Version() with { ContentMd5 = "md5-b" }, "raw2", Meta(), State(Article("a")), Now);

        Assert.Equal(PublishAction.Publish, plan.Action);
        Assert.Equal(("md5-b", false), (plan.Commit!.NextDraft!.SourceMd5, plan.Commit.NextDraft.StatusOutOfStep));
    }

    /// <summary>One row of the table; the name is what a failing run reports.</summary>
    public sealed record DecisionCase(
        string Name, DraftRecord? Record, DraftVersion Version, string RawHash, ArticleMetadata Meta, IndexState State, PublishAction Expected,
        PublishAction? BeforeRender = null, Action<PublishPlan>? Check = null)
    {
        public override string ToString() => Name;
    }
}
