using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Assets;
using Pipeline.Publishing.Planning;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Publishing;

/// <summary>
/// Publishes drafts safely under real blob events (duplicates, overwrites, out-of-order delivery, deletes). It only
/// reads, renders and writes; every decision is <see cref="PublishDecision"/>'s:
/// <list type="number">
/// <item>Reads the draft's current version pinned to its ETag (events only say "look at this path") and its draft row.</item>
/// <item>Renders, unless the bytes alone decide (same bytes as live: skip; older than live: stale). A
/// <see cref="DraftException"/> (or any renderer exception — rendering is pure, so it would fail the same way again)
/// is recorded in the status row and reported, never thrown.</item>
/// <item>Reads the slug rows the decision looks at, and decides.</item>
/// <item>Writes the page under a version-unique blob name (the live page is untouched).</item>
/// <item>Confirms the version is still the blob's current one, then commits the draft row, slug rows and listing
/// rows in one conditional table transaction — the commit point. A concurrent change to any of them fails the
/// transaction and the pass starts over (<see cref="CommitRetry"/>).</item>
/// </list>
/// A crash after the page write leaves only an unreferenced blob; the next event or reconcile redoes the publish.
/// Storage faults propagate so the trigger retries.
/// </summary>
internal sealed class DraftPublisher(
    IDraftStore drafts, IPageStore pages, IArticleIndex index, IAssetIndex assets, IArticleRenderer renderer, StatusRecorder status,
    IOptions<RenderingOptions> options, TimeProvider clock, ILogger<DraftPublisher> logger) : IDraftPublisher
{
    private readonly RenderingOptions _options = options.Value;
    private readonly TimeZoneInfo _siteTimeZone = SiteTimeZone.Of(options.Value.Site);

    public async Task<PublishResult> PublishAsync(string draftPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(draftPath);
        if (IndexLimits.CheckPath(draftPath) is { } unkeyable)
        {
            return await UnkeyableAsync(draftPath, unkeyable, cancellationToken);
        }

        var attempt = 0;
        return await CommitRetry.RunAsync(logger, draftPath, () => TryPublishAsync(draftPath, restoreLive: false, firstAttempt: ++attempt == 1, cancellationToken));
    }

    public async Task<PublishResult> RefreshAsync(string draftPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(draftPath);
        if (IndexLimits.CheckPath(draftPath) is { } unkeyable)
        {
            return await UnkeyableAsync(draftPath, unkeyable, cancellationToken);
        }

        var attempt = 0;
        return await CommitRetry.RunAsync(
            logger, draftPath, () => TryPublishAsync(draftPath, restoreLive: false, firstAttempt: ++attempt == 1, cancellationToken, assetsChanged: true));
    }

    public async Task<PublishResult> UnpublishAsync(string draftPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(draftPath);
        if (IndexLimits.CheckPath(draftPath) is { } unkeyable)
        {
            return await UnkeyableAsync(draftPath, unkeyable, cancellationToken);
        }

        return await CommitRetry.RunAsync(logger, draftPath, () => TryUnpublishAsync(draftPath, cancellationToken));
    }

    public async Task RecordPoisonAsync(string draftPath, string? etag, CancellationToken cancellationToken = default)
    {
        if (IndexLimits.CheckPath(draftPath) is { } unkeyable)
        {
            await UnkeyableAsync(draftPath, unkeyable, cancellationToken); // the real reason, not "poisoned"
            return;
        }

        etag = etag is null ? null : ETags.Quoted(etag);
        var error = new DraftError(DraftErrorKind.Poisoned,
            "publishing kept failing with a storage or host error and the trigger gave up; the host log has the cause, and reconcile retries it");
        await CommitRetry.RunAsync(logger, draftPath, async () =>
        {
            var record = await index.GetDraftAsync(draftPath, cancellationToken);
            if (!await MarkStatusOutOfStepAsync(record, cancellationToken))
            {
                return null;
            }

            await status.SetErrorAsync(draftPath, DraftState.Poisoned, etag, error, LiveSlug(record), rendererVersion: null, cancellationToken);
            return new PublishResult(draftPath, PublishOutcome.Failed, LiveSlug(record));
        });
        PublisherLog.Poisoned(logger, draftPath, etag);
    }

    /// <summary>
    /// A draft path too long to key index rows by is never published, but it must not look "pending" forever: while the
    /// draft exists its status row (keyed by a hash of the path, see the status store) records the permanent
    /// <see cref="DraftErrorKind.PathTooLong"/> failure of its current version, so reconcile leaves it alone until it
    /// changes; once it is deleted the row goes too. Nothing else is written: no index row can hold the path.
    /// </summary>
    private async Task<PublishResult> UnkeyableAsync(string path, DraftError error, CancellationToken cancellationToken)
    {
        if (await drafts.GetVersionAsync(path, cancellationToken) is not { } version)
        {
            await status.ForgetAsync(path, cancellationToken);
            PublisherLog.Skipped(logger, path, null, PublishOutcome.Missing, "the draft no longer exists and nothing was published from it");
            return new PublishResult(path, PublishOutcome.Missing);
        }

        return (await FailAsync(path, version.ETag, record: null, error, cancellationToken))!;
    }

    /// <summary>One read-render-decide-commit pass; null when the commit lost a race and the pass must start over.</summary>
    /// <remarks>
    /// <paramref name="restoreLive"/>: the live version's page blob or status row may have been deleted by a racing
    /// unpublish, so even an unchanged version is rendered and its page written (a no-op when the blob exists).
    /// <paramref name="firstAttempt"/>: a draft with no row yet owns no slug, so its first pass assumes the slugs it
    /// claims are free instead of reading them: the commit inserts their rows, which fails if any exists, and the
    /// next pass reads them. That saves a read on every new draft; a slug that was taken costs one wasted page
    /// write (an unreferenced blob, swept by reconcile).
    /// <paramref name="assetsChanged"/>: an asset it uses changed, so the same bytes are rendered again; the decision
    /// then compares what the render saw (<see cref="DraftRecord.AssetsFingerprint"/>).
    /// </remarks>
    private async Task<PublishResult?> TryPublishAsync(
        string path, bool restoreLive, bool firstAttempt, CancellationToken cancellationToken, bool assetsChanged = false)
    {
        var total = Stopwatch.StartNew();
        var record = await index.GetDraftAsync(path, cancellationToken);
        DraftContent? draft;
        try
        {
            draft = await drafts.ReadAsync(path, _options.MaxDraftBytes, cancellationToken);
        }
        catch (DraftException e)
        {
            var etag = (await drafts.GetVersionAsync(path, cancellationToken))?.ETag;
            return await FailAsync(path, etag, record, DraftError.From(e), cancellationToken);
        }

        if (draft is null)
        {
            PublisherLog.Skipped(logger, path, null, PublishOutcome.Missing, "the draft no longer exists; its delete is handled separately");
            return new PublishResult(path, PublishOutcome.Missing);
        }

        var version = draft.VerifiedMd5();
        var rawHash = Convert.ToHexStringLower(SHA256.HashData(draft.Content.Span));
        if (!restoreLive && PublishDecision.BeforeRender(record, version, rawHash, renderer.Version, clock.GetUtcNow()) is { } early
            && !(assetsChanged && early.Action == PublishAction.Skip))
        {
            // The live bytes under a new ETag: unless the status row already covers them (same MD5, nothing recorded since
            // the commit), it is rewritten for this version, and it lists the live version's warnings, which only a render
            // knows (CPU only, plus a point read per image it references: without its assets every image would be reported missing).
            var covered = !assetsChanged && PublishDecision.CoveredByLiveVersion(record, version);
            var warnings = early.Action == PublishAction.Skip && record!.SourceETag != version.ETag && !covered ? RenderWarnings(path, draft) : null;
            return await ApplyAsync(early, record, version, warnings, cancellationToken, covered);
        }

        var render = Stopwatch.StartNew();
        var resolver = new IndexAssetResolver(assets, path);
        Article article;
        try
        {
            article = renderer.Render(new DraftSource(path, draft.Content) { Sha256 = rawHash }, resolver);
        }
        catch (DraftException e)
        {
            return await FailAsync(path, version.ETag, record, DraftError.From(e), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return await FailAsync(path, version.ETag, record, new DraftError(DraftErrorKind.RenderFailed, $"the renderer failed: {e.Message}"), cancellationToken);
        }

        render.Stop();

        // Before the commit, so no live render is ever without its dependency rows (extra rows only cost a re-render).
        // A draft that references no asset, and had none, has no rows to read or write: that costs nothing.
        if (assetsChanged || resolver.Uses.Count > 0 || record is { AssetsFingerprint.Length: > 0 })
        {
            await assets.SetUsesAsync(path, resolver.Uses, cancellationToken);
        }

        var state = record is null && firstAttempt
            ? IndexState.Empty
            : await ReadStateAsync(PublishDecision.SlugsToRead(record, article.Metadata), cancellationToken);
        var plan = PublishDecision.Decide(record, version, rawHash, article.Metadata, state, clock.GetUtcNow(), _siteTimeZone, resolver.Fingerprint);
        if (restoreLive && plan.Action == PublishAction.Skip)
        {
            plan = plan with { PageBlob = record!.PageBlob };
        }

        if (plan.PageBlob is { } pageBlob)
        {
            var meta = article.Metadata;
            await pages.WriteAsync(new PageWrite(pageBlob, article.PageHtml, path, version.ETag, meta.ContentHash, meta.RendererVersion), cancellationToken);
        }

        if (plan.Commits)
        {
            plan = PublishDecision.ConfirmCurrent(plan, await drafts.GetVersionAsync(path, cancellationToken));
        }

        var result = await ApplyAsync(plan, record, version, article.Warnings, cancellationToken);
        if (result?.Outcome is PublishOutcome.Published or PublishOutcome.Scheduled or PublishOutcome.NotPublishable)
        {
            PublisherLog.Published(logger, path, version.ETag, result.Outcome, result.Slug, render.ElapsedMilliseconds, total.ElapsedMilliseconds);
        }

        return result;
    }

    private async Task<PublishResult?> TryUnpublishAsync(string path, CancellationToken cancellationToken)
    {
        if (await drafts.GetVersionAsync(path, cancellationToken) is not null)
        {
            // Uploaded again since the delete: the current version wins, whatever the event order.
            return await PublishAsync(path, cancellationToken);
        }

        var record = await index.GetDraftAsync(path, cancellationToken);
        if (record is null)
        {
            await status.ForgetAsync(path, cancellationToken);
            PublisherLog.Skipped(logger, path, null, PublishOutcome.Missing, "nothing was published from it");
            return new PublishResult(path, PublishOutcome.Missing);
        }

        var plan = PublishDecision.Remove(record, await ReadStateAsync(PublishDecision.SlugsToRead(record, null), cancellationToken), clock.GetUtcNow());
        if (!await index.TryCommitAsync(plan.Commit!, cancellationToken))
        {
            return null;
        }

        await DeletePageAsync(plan.SupersededPage, cancellationToken);
        await status.ForgetAsync(path, cancellationToken);
        if (record.AssetsFingerprint.Length > 0)
        {
            await assets.SetUsesAsync(path, [], cancellationToken); // (any left by a version that never committed: reconcile drops them)
        }

        if (await drafts.GetVersionAsync(path, cancellationToken) is not null)
        {
            // Uploaded again and published between the commit and this cleanup: the cleanup just deleted that
            // publish's status row (and, for the same bytes, its page blob, which has the same version-unique name).
            return await CommitRetry.RunAsync(logger, path, () => TryPublishAsync(path, restoreLive: true, firstAttempt: false, cancellationToken));
        }

        PublisherLog.Unpublished(logger, path, record.Slug);
        await PublishWaitingAsync(path, plan.Commit!, cancellationToken);
        return new PublishResult(path, PublishOutcome.Unpublished, record.Slug);
    }

    /// <summary>Carries out a plan for a draft version; null when its commit lost a race.</summary>
    /// <param name="warnings">The render's warnings for the status row; null when the bytes decided without a render.</param>
    /// <param name="covered">The version is the live bytes and the status row already describes them (<see cref="PublishDecision.CoveredByLiveVersion"/>).</param>
    private async Task<PublishResult?> ApplyAsync(
        PublishPlan plan, DraftRecord? record, DraftVersion version, IReadOnlyList<RenderWarning>? warnings, CancellationToken cancellationToken,
        bool covered = false)
    {
        var path = version.Path;
        switch (plan.Action)
        {
            case PublishAction.Skip when record!.SourceETag == version.ETag:
                // The live version itself (a duplicate event, or the trigger's retry after a crash between commit and
                // status write): the row is read and written only if it is out of step.
                await status.SetStateAsync(path, record.State, version.ETag, record.Slug, record.DueAt, record.RendererVersion, warnings, cancellationToken);
                PublisherLog.Skipped(logger, path, version.ETag, PublishOutcome.Unchanged, plan.Reason);
                return new PublishResult(path, PublishOutcome.Unchanged, record.Slug);
            case PublishAction.Skip when covered:
                // The live bytes uploaded again (same MD5): the status row already says what this version's would, and
                // reconcile tells it is handled from the listing's MD5, so nothing is written (issue 16: two operations).
                PublisherLog.Skipped(logger, path, version.ETag, PublishOutcome.Unchanged, plan.Reason);
                return new PublishResult(path, PublishOutcome.Unchanged, record.Slug);
            case PublishAction.Skip when warnings is null:
                // The live bytes under a new ETag whose render failed this time (it succeeded before): the row is read
                // so that it keeps the warnings it lists.
                await status.SetStateAsync(path, record.State, version.ETag, record.Slug, record.DueAt, record.RendererVersion, warnings: null, cancellationToken);
                PublisherLog.Skipped(logger, path, version.ETag, PublishOutcome.Unchanged, plan.Reason);
                return new PublishResult(path, PublishOutcome.Unchanged, record.Slug);
            case PublishAction.Skip:
                // The live bytes uploaded again under a new ETag: the row must name this version (reconcile and
                // /api/drafts read it), and a failure recorded for an in-between version is over.
                await status.WriteStateAsync(path, record.State, version.ETag, record.Slug, record.DueAt, record.RendererVersion, warnings ?? [], cancellationToken);
                PublisherLog.Skipped(logger, path, version.ETag, PublishOutcome.Unchanged, plan.Reason);
                return new PublishResult(path, PublishOutcome.Unchanged, record.Slug);
            case PublishAction.Stale:
                PublisherLog.Skipped(logger, path, version.ETag, PublishOutcome.Stale, plan.Reason);
                return new PublishResult(path, PublishOutcome.Stale, record?.Slug);
            case PublishAction.Conflict or PublishAction.Reject:
                return await FailAsync(path, version.ETag, record, plan.Error!, cancellationToken, plan.ContestedSlug);
        }

        if (!await index.TryCommitAsync(plan.Commit!, cancellationToken))
        {
            return null;
        }

        var next = plan.Next!;
        await DeletePageAsync(plan.SupersededPage, cancellationToken);

        // The commit just changed this draft's row, so its status row changes too: written without reading it.
        await status.WriteStateAsync(path, next.State, version.ETag, next.Slug, next.DueAt, next.RendererVersion, warnings ?? [], cancellationToken);
        await PublishWaitingAsync(path, plan.Commit!, cancellationToken);
        var outcome = plan.Action switch
        {
            PublishAction.Publish => PublishOutcome.Published,
            PublishAction.Schedule => PublishOutcome.Scheduled,
            _ => PublishOutcome.NotPublishable,
        };
        return new PublishResult(path, outcome, next.Slug);
    }

    /// <summary>
    /// A draft that lost a slug conflict depends on the draft holding the slug: when this commit freed it (delete, rename,
    /// slug change, withdrawal), the drafts waiting for it are published now, in path order until one takes it, instead
    /// of at the next reconcile. A fault here is logged and left to reconcile: the event that freed the slug has done
    /// its own work and must not be retried for another draft's sake.
    /// </summary>
    private async Task PublishWaitingAsync(string path, IndexCommit commit, CancellationToken cancellationToken)
    {
        foreach (var slug in commit.FreedSlugs)
        {
            try
            {
                foreach (var waiting in await status.WaitingForSlugAsync(slug, cancellationToken))
                {
                    if (waiting == path)
                    {
                        continue;
                    }

                    PublisherLog.PublishingWaiting(logger, path, slug, waiting);
                    var result = await PublishAsync(waiting, cancellationToken);
                    if (result.Slug == slug && result.Outcome == PublishOutcome.Published)
                    {
                        break;
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                PublisherLog.WaitingNotPublished(logger, e, slug);
            }
        }
    }

    private async Task<IndexState> ReadStateAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var rows = new List<SlugRecord>(slugs.Count);
        foreach (var slug in slugs)
        {
            if (await index.FindAsync(slug, cancellationToken) is { } row)
            {
                rows.Add(row);
            }
        }

        return new IndexState(rows);
    }

    /// <summary>Records a permanent failure; null when the draft row changed meanwhile (the pass starts over).</summary>
    private async Task<PublishResult?> FailAsync(
        string path, string? etag, DraftRecord? record, DraftError error, CancellationToken cancellationToken, string? contestedSlug = null)
    {
        if (!await MarkStatusOutOfStepAsync(record, cancellationToken))
        {
            return null;
        }

        var liveSlug = LiveSlug(record);
        await status.SetErrorAsync(path, DraftState.Failed, etag, error, liveSlug, renderer.Version, cancellationToken, contestedSlug);
        PublisherLog.Failed(logger, path, etag, error.Kind, error.Message, liveSlug);
        return new PublishResult(path, PublishOutcome.Failed, liveSlug, $"{error.Kind}: {error.Message}", error.Kind);
    }

    /// <summary>
    /// Before a failure is written over the status row of a draft that has a live version, its draft row says so
    /// (<see cref="DraftRecord.StatusOutOfStep"/>): a later upload of the live bytes must then rewrite the status row
    /// instead of trusting it. One conditional write, only on the first failure since the commit; false when the row
    /// changed since it was read.
    /// </summary>
    private async Task<bool> MarkStatusOutOfStepAsync(DraftRecord? record, CancellationToken cancellationToken) =>
        record is null or { StatusOutOfStep: true }
        || await index.TryCommitAsync(new IndexCommit(record, record with { StatusOutOfStep = true }, []), cancellationToken);

    /// <summary>The warnings of a version known to have rendered before; null if it fails now (the caller keeps the recorded ones).</summary>
    private IReadOnlyList<RenderWarning>? RenderWarnings(string path, DraftContent draft)
    {
        try
        {
            return renderer.Render(new DraftSource(path, draft.Content), new IndexAssetResolver(assets, path)).Warnings;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    private static string? LiveSlug(DraftRecord? record) => record?.State == DraftState.Published ? record.Slug : null;

    private async Task DeletePageAsync(string? pageBlob, CancellationToken cancellationToken)
    {
        if (pageBlob is null)
        {
            return;
        }

        try
        {
            await pages.DeleteAsync(pageBlob, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Best effort: a page blob no row points to is swept by reconcile once it is old enough.
            PublisherLog.PageCleanupFailed(logger, e, pageBlob);
        }
    }
}
