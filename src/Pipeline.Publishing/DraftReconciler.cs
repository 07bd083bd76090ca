using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;

namespace Pipeline.Publishing;

/// <summary>
/// Repairs drift between the drafts container and the index, which blob events alone leave behind: a missed or
/// poisoned event, a delete (no blob trigger fires on delete), a scheduled draft that became due, and a renderer or
/// layout change (every article re-renders). Cost: one listing of drafts, of draft rows and of status rows, plus a
/// publish for each draft that needs one — so a pass over an unchanged site writes nothing.
/// A fault on one draft is logged and counted; the pass goes on and the next pass retries it.
/// </summary>
public sealed class DraftReconciler(
    IDraftStore drafts, IPageStore pages, IArticleIndex index, IDraftStatusStore statuses, IDraftPublisher publisher, IArticleRenderer renderer,
    TimeProvider clock, ILogger<DraftReconciler> logger) : IReconciler
{
    /// <summary>
    /// A page no draft row points to is swept only when older than this: a publish in flight writes its page
    /// before it commits, and that page must not vanish under it.
    /// </summary>
    public static readonly TimeSpan OrphanPageAge = TimeSpan.FromHours(1);

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
        await foreach (var draft in drafts.ListAsync(cancellationToken))
        {
            tally.Examined++;
            present.Add(draft.Path);
            var reason = RepairReason(draft, records.GetValueOrDefault(draft.Path), known.GetValueOrDefault(draft.Path));
            if (reason is not null)
            {
                PublisherLog.ReconcileRepair(logger, draft.Path, reason);
                await RepairAsync(draft.Path, publisher.PublishAsync, tally, cancellationToken);
            }
        }

        foreach (var path in records.Keys.Concat(known.Keys).Where(path => !present.Contains(path)).Distinct(StringComparer.Ordinal).ToList())
        {
            PublisherLog.ReconcileRepair(logger, path, "deleted");
            await RepairAsync(path, publisher.UnpublishAsync, tally, cancellationToken);
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

        // A version that already failed permanently fails again unless the renderer changed.
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

        var handled = record.SourceETag == draft.ETag || status?.ETag == draft.ETag;
        return handled ? null : "changed (missed event)";
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

        var cutoff = clock.GetUtcNow() - OrphanPageAge;
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

    private async Task RepairAsync(string path, Func<string, CancellationToken, Task<PublishResult>> repair, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            var result = await repair(path, cancellationToken);
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
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            tally.Failed++;
            PublisherLog.ReconcileError(logger, e, path);
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
