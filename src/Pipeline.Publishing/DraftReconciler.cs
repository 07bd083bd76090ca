using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Assets;
using Pipeline.Publishing.Configuration;
using Pipeline.Publishing.Planning;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Publishing;

/// <summary>
/// Repairs drift between the drafts container and the index, which blob events alone leave behind: a missed or
/// poisoned event, a delete (no blob trigger fires on delete), a scheduled draft that became due, a renderer or
/// layout change (every article re-renders), and a draft that lost a slug conflict to a draft that has since freed
/// the slug. Cost: one listing of drafts, of draft rows and of status rows, a point read per draft waiting on a
/// slug, plus a publish for each draft that needs one — so a pass over an unchanged site writes nothing.
/// Drafts are isolated: a fault on one is logged and counted, one that takes longer than
/// <see cref="PipelineOptions.ReconcileDraftTimeoutSeconds"/> is left to finish in the background, and the pass goes on.
/// </summary>
public sealed class DraftReconciler(
    IDraftStore drafts, IPageStore pages, IArticleIndex index, IDraftStatusStore statuses, IDraftPublisher publisher, IArticleRenderer renderer,
    IOptions<PipelineOptions> options, TimeProvider clock, ILogger<DraftReconciler> logger) : IReconciler
{
    /// <summary>A page no draft row points to is swept only when older than this (<see cref="PipelineOptions.OrphanPageGraceSeconds"/>).</summary>
    private readonly TimeSpan _orphanPageAge = TimeSpan.FromSeconds(Math.Max(0, options.Value.OrphanPageGraceSeconds));

    private const string StatusBehind = "the status row is behind the live version";

    private readonly TimeSpan _draftTimeout = TimeSpan.FromSeconds(Math.Max(1, options.Value.ReconcileDraftTimeoutSeconds));

    public async Task<ReconcileReport> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var records = new Dictionary<string, DraftRecord>(StringComparer.Ordinal);
        await foreach (var record in index.ListDraftsAsync(cancellationToken))
        {
            records[record.Path] = record;
        }

        var known = new Dictionary<string, DraftStatus>(StringComparer.Ordinal);
        await foreach (var status in statuses.ListAsync(cancellationToken))
        {
            known[status.Path] = status;
        }

        var tally = new Tally();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var waiting = new List<string>();
        await foreach (var draft in drafts.ListAsync(cancellationToken))
        {
            present.Add(draft.Path);
            if (AssetClassifier.IsAsset(draft.Path))
            {
                // Assets are the AssetReconciler's; a draft status row left from before assets were published goes.
                if (known.ContainsKey(draft.Path))
                {
                    await statuses.DeleteAsync(draft.Path, cancellationToken);
                }

                continue;
            }

            tally.Examined++;
            var status = known.GetValueOrDefault(draft.Path);
            var reason = RepairReason(draft, records.GetValueOrDefault(draft.Path), status);
            if (reason is not null)
            {
                PublisherLog.ReconcileRepair(logger, draft.Path, reason);

                // A status row behind the live version is rewritten by a render of the same bytes: a publish would
                // find the bytes covered by that very row and write nothing.
                var result = await RepairAsync(draft.Path, reason == StatusBehind ? publisher.RefreshAsync : publisher.PublishAsync, tally, cancellationToken);
                if (result?.ErrorKind == DraftErrorKind.SlugConflict)
                {
                    waiting.Add(draft.Path);
                }
            }
            else if (IsWaitingForSlug(status, draft))
            {
                waiting.Add(draft.Path);
            }
        }

        foreach (var path in records.Keys.Concat(known.Keys).Where(path => !present.Contains(path)).Distinct(StringComparer.Ordinal).ToList())
        {
            PublisherLog.ReconcileRepair(logger, path, "deleted");
            await RepairAsync(path, publisher.UnpublishAsync, tally, cancellationToken);
        }

        // After the deletes and every other publish of this pass, so a slug freed in this pass is taken in this pass.
        foreach (var path in waiting)
        {
            await PublishIfSlugFreedAsync(path, tally, cancellationToken);
        }

        await SweepOrphanPagesAsync(cancellationToken);
        PublisherLog.Reconciled(logger, tally.Examined, tally.Published, tally.Unpublished, tally.Failed, stopwatch.ElapsedMilliseconds);
        return new ReconcileReport(tally.Examined, tally.Published, tally.Unpublished, tally.Failed);
    }

    /// <summary>Why this draft needs a publish, or null when the index already reflects its current version.</summary>
    private string? RepairReason(DraftVersion draft, DraftRecord? record, DraftStatus? status)
    {
        if (status?.State == DraftState.Poisoned)
        {
            return "poisoned";
        }

        // A version that already failed permanently fails again unless the renderer changed (or, for a slug
        // conflict, the slug is freed: see PublishIfSlugFreedAsync).
        var failedAlready = status?.State == DraftState.Failed && status.ETag == draft.ETag && status.RendererVersion == renderer.Version;
        if (record is null)
        {
            return status is null ? "never published (missed event)" : failedAlready || status.ETag == draft.ETag ? null : "changed (missed event)";
        }

        if (record.RendererVersion != renderer.Version && !failedAlready)
        {
            return $"renderer changed from {record.RendererVersion} to {renderer.Version}";
        }

        if (record.State == DraftState.Scheduled && record.DueAt <= clock.GetUtcNow())
        {
            return "scheduled date reached";
        }

        if (record.SourceETag == draft.ETag || status?.ETag == draft.ETag)
        {
            return null;
        }

        // The live bytes under another ETag (same MD5 in the listing): handled while the status row describes the live
        // version. It does not when a crash came between a commit and its status write, or a racing delete removed it.
        if (PublishDecision.CoveredByLiveVersion(record, draft))
        {
            return status?.ETag == record.SourceETag ? null : StatusBehind;
        }

        return "changed (missed event)";
    }

    /// <summary>The draft's current version lost a slug conflict: it depends on another draft, so it is looked at again.</summary>
    private static bool IsWaitingForSlug(DraftStatus? status, DraftVersion draft) =>
        status is { State: DraftState.Failed, ErrorKind: DraftErrorKind.SlugConflict } && status.ETag == draft.ETag;

    /// <summary>
    /// Publishes a draft that lost a slug conflict once that slug is no longer another draft's live article (deleted,
    /// renamed, withdrawn). One point read when it is still taken; a row from before slugs were recorded is retried.
    /// </summary>
    private async Task PublishIfSlugFreedAsync(string path, Tally tally, CancellationToken cancellationToken)
    {
        var status = await statuses.GetAsync(path, cancellationToken);
        if (status is not { State: DraftState.Failed, ErrorKind: DraftErrorKind.SlugConflict })
        {
            return;
        }

        if (status.Slug is { } slug && await index.FindAsync(slug, cancellationToken) is { State: SlugState.Article } row && row.Owner != path)
        {
            return; // still taken
        }

        PublisherLog.ReconcileRepair(logger, path, $"the slug '{status.Slug}' it waits for is free");
        await RepairAsync(path, publisher.PublishAsync, tally, cancellationToken);
    }

    /// <summary>
    /// Deletes page blobs left by publishes that never committed (a crash between page write and commit, or a
    /// version overtaken by a newer upload). Draft rows are read after the repairs, so pages they just made live are kept.
    /// </summary>
    private async Task SweepOrphanPagesAsync(CancellationToken cancellationToken)
    {
        var live = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var record in index.ListDraftsAsync(cancellationToken))
        {
            if (record.PageBlob is { } page)
            {
                live.Add(page);
            }
        }

        var cutoff = clock.GetUtcNow() - _orphanPageAge;
        var orphans = new List<string>();
        await foreach (var page in pages.ListAsync(cancellationToken))
        {
            if (!live.Contains(page.Name) && page.LastModified < cutoff)
            {
                orphans.Add(page.Name);
            }
        }

        foreach (var orphan in orphans)
        {
            await pages.DeleteAsync(orphan, cancellationToken);
            PublisherLog.OrphanPageDeleted(logger, orphan);
        }
    }

    /// <summary>One draft's repair, isolated from the pass: its faults are counted, and the pass waits for it only so long.</summary>
    private async Task<PublishResult?> RepairAsync(
        string path, Func<string, CancellationToken, Task<PublishResult>> repair, Tally tally, CancellationToken cancellationToken)
    {
        // On the thread pool: rendering is synchronous, and must not hold up the pass even before its first await.
        var work = Task.Run(() => repair(path, cancellationToken), cancellationToken);
        try
        {
            var result = await work.WaitAsync(_draftTimeout, clock, cancellationToken);
            switch (result.Outcome)
            {
                case PublishOutcome.Published:
                    tally.Published++;
                    break;
                case PublishOutcome.Unpublished:
                    tally.Unpublished++;
                    break;
                case PublishOutcome.Failed:
                    tally.Failed++;
                    break;
            }

            return result;
        }
        catch (TimeoutException)
        {
            tally.Failed++;
            PublisherLog.ReconcileSlowDraft(logger, path, (long)_draftTimeout.TotalSeconds);
            _ = work.ContinueWith(
                finished => PublisherLog.ReconcileError(logger, finished.Exception!, path),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            tally.Failed++;
            PublisherLog.ReconcileError(logger, e, path);
            return null;
        }
    }

    private sealed class Tally
    {
        public int Examined { get; set; }
        public int Published { get; set; }
        public int Unpublished { get; set; }
        public int Failed { get; set; }
    }
}
