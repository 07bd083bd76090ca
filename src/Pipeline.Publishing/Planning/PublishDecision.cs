using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Publishing.Planning;

/// <summary>
/// The publisher's decisions, with no I/O: given what was read (the draft row, the version and its render, the slug
/// rows), say what to do — publish (with redirects), skip, withdraw, schedule, remove, conflict, stale or reject —
/// and build the one index commit that does it. <see cref="DraftPublisher"/> reads, calls these, and writes.
/// </summary>
public static class PublishDecision
{
    /// <summary>The slugs whose rows a decision for this draft looks at: the rendered slug, the ones it owns, its aliases.</summary>
    public static IReadOnlyList<string> SlugsToRead(DraftRecord? record, ArticleMetadata? meta)
    {
        var slugs = SlugPlan.OwnedSlugs(record);
        if (meta is not null)
        {
            slugs = slugs.Prepend(meta.Slug).Concat(Aliases(meta));
        }

        return slugs.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// What can be decided from the bytes alone, saving a render: <see cref="PublishAction.Skip"/> for the live
    /// version's bytes, <see cref="PublishAction.Stale"/> for an older version; null when the draft must be rendered.
    /// </summary>
    public static PublishPlan? BeforeRender(DraftRecord? record, DraftVersion version, string rawHash, string rendererVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (record is null)
        {
            return null;
        }

        if (IsCurrent(record, rawHash, record.ContentHash, rendererVersion, now))
        {
            return Skip(record, "same bytes and renderer version as the live version");
        }

        return version.LastModified < record.SourceLastModified ? Stale(record, "older than the indexed version") : null;
    }

    /// <summary>
    /// The version is the live version's bytes under another ETag (the same service-reported MD5 as the draft row's)
    /// and nothing recorded since the commit (a failure of an in-between version, a poison) has made the status row
    /// describe another version: its state, slug and warnings are already this version's, so neither the publisher
    /// nor reconcile writes anything for it. False without an MD5 on both sides (a block-list upload, a row from before
    /// MD5s were kept): then the status row must name the new ETag, as before.
    /// </summary>
    public static bool CoveredByLiveVersion(DraftRecord? record, DraftVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return record is { SourceMd5: { } md5, StatusOutOfStep: false } && version.ContentMd5 == md5;
    }

    /// <summary>The decision for a rendered version of the draft.</summary>
    /// <param name="siteTimeZone">
    /// The zone a date the pipeline supplies (authored or first-seen, for a draft with no date of its own) is shown in,
    /// as the renderer shows offset-less front-matter dates (<see cref="SiteTimeZone"/>); UTC when null.
    /// </param>
    /// <param name="assetsFingerprint">
    /// Digests the assets the render looked up (empty when none): the same text with other assets is a new version.
    /// </param>
    public static PublishPlan Decide(
        DraftRecord? record, DraftVersion version, string rawHash, ArticleMetadata meta, IndexState state, DateTimeOffset now, TimeZoneInfo? siteTimeZone = null,
        string assetsFingerprint = "")
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(meta);
        ArgumentNullException.ThrowIfNull(state);
        if (record is not null && IsCurrent(record, record.RawHash, meta.ContentHash, meta.RendererVersion, now) && record.AssetsFingerprint == assetsFingerprint)
        {
            return Skip(record, "same text, assets and renderer version as the live version");
        }

        if (record is not null && version.LastModified < record.SourceLastModified)
        {
            return Stale(record, "older than the indexed version");
        }

        if (IndexLimits.Check(meta) is { } invalid)
        {
            return Reject(invalid);
        }

        var draftState = meta.Draft ? DraftState.Draft : meta.Date > now ? DraftState.Scheduled : DraftState.Published;
        var next = new DraftRecord
        {
            Path = version.Path,
            SourceETag = version.ETag,
            SourceLastModified = version.LastModified,
            SourceMd5 = version.ContentMd5,
            RawHash = rawHash,
            ContentHash = meta.ContentHash,
            RendererVersion = meta.RendererVersion,
            AssetsFingerprint = assetsFingerprint,
            State = draftState,
            Slug = meta.Slug,
            Redirects = record?.Redirects ?? [],
            DueAt = draftState == DraftState.Scheduled ? meta.Date : null,
        };

        return draftState == DraftState.Published
            ? PublishOrConflict(record, next, version, meta, state, now, siteTimeZone ?? TimeZoneInfo.Utc)
            : Finish(new PublishPlan
            {
                Action = draftState == DraftState.Draft ? PublishAction.Withdraw : PublishAction.Schedule,
                Reason = draftState == DraftState.Draft ? "front matter says draft: true" : $"dated in the future ({meta.Date:O})",
                Commit = record is null ? new IndexCommit(null, next, []) : SlugPlan.Withdraw(record, next, tombstone: false, state, now),
                Next = next,
                SupersededPage = record?.PageBlob,
            });
    }

    /// <summary>The draft was deleted: its live slug and redirects become tombstones (410), its rows go.</summary>
    public static PublishPlan Remove(DraftRecord record, IndexState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Finish(new PublishPlan
        {
            Action = PublishAction.Remove,
            Reason = "the draft was deleted",
            Commit = SlugPlan.Withdraw(record, next: null, tombstone: true, state, now),
            SupersededPage = record.PageBlob,
        });
    }

    /// <summary>
    /// The last check before committing: only the blob's current version may commit. Last-Modified has one-second
    /// resolution, so this — not the clock — orders same-second versions: an overtaken publish stands down and
    /// the newer version's own event (or reconcile) publishes it.
    /// </summary>
    public static PublishPlan ConfirmCurrent(PublishPlan plan, DraftVersion? current)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan is { Commits: true, Next: { } next } && current?.ETag != next.SourceETag
            ? plan with { Action = PublishAction.Stale, Reason = "superseded by a newer upload while publishing", Commit = null, PageBlob = null, SupersededPage = null }
            : plan;
    }

    /// <summary>Aliases name old slugs (<c>old-name</c> or <c>/articles/old-name/</c>); other paths are not ours to redirect.</summary>
    public static IEnumerable<string> Aliases(ArticleMetadata meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        return meta.Aliases
            .Select(SitePaths.SlugOfArticlePath)
            .OfType<string>()
            .Where(IndexKeys.IsKeyableSlug);
    }

    private static PublishPlan PublishOrConflict(
        DraftRecord? record, DraftRecord next, DraftVersion version, ArticleMetadata meta, IndexState state, DateTimeOffset now, TimeZoneInfo siteTimeZone)
    {
        var current = state.Find(meta.Slug);
        if (current is { State: SlugState.Article } && current.Owner != next.Path)
        {
            return new PublishPlan
            {
                Action = PublishAction.Conflict,
                Reason = "slug taken",
                Error = new DraftError(DraftErrorKind.SlugConflict,
                    $"the slug '{meta.Slug}' is already used by the draft '{current.Owner}'; give this draft another slug (it is published by itself once that slug is freed)"),
                ContestedSlug = meta.Slug,
            };
        }

        var pageBlob = PageBlobNames.For(meta.Slug, next.Path, meta.ContentHash, meta.RendererVersion, next.AssetsFingerprint);
        next = next with { PageBlob = pageBlob };
        var article = ArticleRow(meta, version, pageBlob, LiveSortDate(record, state), now, siteTimeZone);
        var commit = SlugPlan.Publish(record, next, article, Aliases(meta), state, now);
        return Finish(new PublishPlan
        {
            Action = PublishAction.Publish,
            Reason = record is null ? "new draft" : "changed",
            Commit = commit,
            Next = commit.NextDraft,
            PageBlob = pageBlob,
            SupersededPage = record?.PageBlob is { } old && old != pageBlob ? old : null,
        });
    }

    /// <summary>Rejects a plan whose commit is more than one table transaction can hold.</summary>
    private static PublishPlan Finish(PublishPlan plan)
    {
        if (plan.Commit is { RowCount: > IndexCommit.MaxRows } commit)
        {
            return Reject(new DraftError(DraftErrorKind.FrontMatter,
                $"the article would need {commit.RowCount} index rows at once (tags, aliases and old slugs); the limit is {IndexCommit.MaxRows}"));
        }

        return plan;
    }

    /// <summary>
    /// The listing date of the draft's live article, if it has one. A draft without a <c>date</c> keeps it across
    /// edits and renames: the blob's creation time is only its first one (Azurite resets it on every overwrite).
    /// </summary>
    private static DateTimeOffset? LiveSortDate(DraftRecord? record, IndexState state) =>
        record is { State: DraftState.Published, Slug: { } slug } && state.Find(slug) is { State: SlugState.Article } row && row.Owner == record.Path
            ? row.SortDate
            : null;

    private static SlugRecord ArticleRow(ArticleMetadata meta, DraftVersion version, string pageBlob, DateTimeOffset? liveDate, DateTimeOffset now, TimeZoneInfo siteTimeZone)
    {
        // The author's date, else when the file was last changed (git or mtime, from the upload), else the stable first-seen date.
        var date = meta.Date ?? SiteTime(version.AuthoredOn, siteTimeZone) ?? liveDate ?? SiteTime(version.CreatedOn, siteTimeZone)!.Value;
        return new SlugRecord
        {
            Slug = meta.Slug,
            State = SlugState.Article,
            Owner = version.Path,
            PageBlob = pageBlob,
            SortDate = date,
            TagKeys = meta.Tags.Select(TagKey.Normalize).Distinct(StringComparer.Ordinal).ToList(),
            Summary = new ArticleSummary(meta.Slug, meta.Title, meta.Excerpt, meta.Lang, date, meta.Updated, meta.Tags,
                meta.ReadingMinutes, SitePaths.Article(meta.Slug)),
            Metadata = meta,
            Changed = now,
        };
    }

    /// <summary>The same instant with the site zone's offset, as readers of the site see dates.</summary>
    private static DateTimeOffset? SiteTime(DateTimeOffset? date, TimeZoneInfo siteTimeZone) =>
        date is { } d ? TimeZoneInfo.ConvertTime(d, siteTimeZone) : null;

    /// <summary>Same source and renderer as the indexed version, and nothing time-based (a due schedule) pending.</summary>
    private static bool IsCurrent(DraftRecord record, string rawHash, string contentHash, string rendererVersion, DateTimeOffset now) =>
        record.RawHash == rawHash && record.ContentHash == contentHash && record.RendererVersion == rendererVersion
        && !(record.State == DraftState.Scheduled && record.DueAt <= now);

    private static PublishPlan Skip(DraftRecord record, string reason) =>
        new() { Action = PublishAction.Skip, Reason = reason, Next = record };

    private static PublishPlan Stale(DraftRecord record, string reason) =>
        new() { Action = PublishAction.Stale, Reason = reason, Next = record };

    private static PublishPlan Reject(DraftError error) =>
        new() { Action = PublishAction.Reject, Reason = error.Message, Error = error };
}
