using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Assets;
using Pipeline.Publishing.Configuration;
using Pipeline.Publishing.Stores;

namespace Pipeline.Publishing.Assets;

/// <summary>
/// Repairs what missed asset events leave behind, in two steps around the draft reconcile (<see cref="SiteReconciler"/>):
/// <list type="number">
/// <item><see cref="RepairAssetsAsync"/>: assets without a row, with another ETag than their row, or poisoned are
/// published; rows whose file is gone are marked deleted (their last copy stays on the pages). Either re-renders the
/// asset's users, as the event would have. A deleted row no draft uses any more is removed.</item>
/// <item><see cref="RepairDependenciesAsync"/>: every draft whose recorded dependencies saw another hash than the
/// asset row holds now (an asset published while the draft rendered, a lost re-render) renders again; the
/// dependencies of drafts that no longer exist are dropped. Then garbage collection: a <c>{hash}/</c> folder that no
/// asset row and no dependency names is marked, and deleted once it has stayed unreferenced for
/// <see cref="PipelineOptions.OrphanPageGraceSeconds"/>, the page-blob grace period (a page cached by a reader, or a
/// publish in flight, may still use it).</item>
/// </list>
/// Cost over an unchanged site: a listing of the drafts container, of asset rows, of dependency rows, of the
/// unreferenced marks and of the assets container's hash folders; no writes.
/// </summary>
public sealed class AssetReconciler(
    IDraftStore sources, IAssetStore store, IAssetIndex index, IAssetPublisher assets, IDraftPublisher drafts,
    IOptions<PipelineOptions> options, TimeProvider clock, ILogger<AssetReconciler> logger)
{
    private readonly TimeSpan _grace = TimeSpan.FromSeconds(Math.Max(0, options.Value.OrphanPageGraceSeconds));

    public async Task<ReconcileReport> RepairAssetsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(cancellationToken);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var tally = new Tally();
        await foreach (var version in sources.ListAsync(cancellationToken))
        {
            if (!AssetClassifier.IsAsset(version.Path))
            {
                continue;
            }

            tally.Examined++;
            present.Add(version.Path);
            var row = rows.GetValueOrDefault(version.Path);
            var reason = row switch
            {
                null => "never published (missed event)",
                { State: AssetState.Poisoned } => "poisoned",
                _ when row.SourceETag != version.ETag => "changed (missed event)",
                _ => null,
            };
            if (reason is not null)
            {
                AssetLog.ReconcileRepair(logger, version.Path, reason);
                tally.Count(await RepairAsync(version.Path, assets.PublishAsync, cancellationToken));
            }
        }

        foreach (var gone in rows.Values.Where(row => !present.Contains(row.Path)))
        {
            if (gone.State != AssetState.Deleted)
            {
                AssetLog.ReconcileRepair(logger, gone.Path, "deleted");
                tally.Count(await RepairAsync(gone.Path, assets.DeleteAsync, cancellationToken));
            }
            else if ((await index.UsersAsync(gone.Path, cancellationToken)).Count == 0)
            {
                // The last draft showing the deleted file's copy no longer does: the row goes, and the copy with it
                // once garbage collection's grace period has passed.
                AssetLog.ReconcileRepair(logger, gone.Path, "deleted, no longer used");
                await index.DeleteAsync(gone.Path, cancellationToken);
            }
        }

        return tally.Report();
    }

    public async Task<ReconcileReport> RepairDependenciesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await RowsAsync(cancellationToken);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var version in sources.ListAsync(cancellationToken))
        {
            existing.Add(version.Path);
        }

        var uses = new List<AssetUse>();
        await foreach (var use in index.ListUsesAsync(cancellationToken))
        {
            uses.Add(use);
        }

        var tally = new Tally();
        foreach (var draft in uses.GroupBy(use => use.DraftPath, StringComparer.Ordinal))
        {
            if (!existing.Contains(draft.Key))
            {
                await index.SetUsesAsync(draft.Key, [], cancellationToken);
                continue;
            }

            var stale = draft.FirstOrDefault(use => use.Hash != rows.GetValueOrDefault(use.AssetPath)?.SeenHash);
            if (stale is not null)
            {
                AssetLog.ReconcileDependency(logger, draft.Key, stale.AssetPath);
                tally.Count(await RepairAsync(draft.Key, drafts.RefreshAsync, cancellationToken));
            }
        }

        await CollectAsync(cancellationToken);
        return tally.Report();
    }

    private async Task CollectAsync(CancellationToken cancellationToken)
    {
        // Read after every repair of this pass, so hashes it just made live are referenced.
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in index.ListAsync(cancellationToken))
        {
            if (row.Hash is { } hash)
            {
                referenced.Add(hash);
            }
        }

        await foreach (var use in index.ListUsesAsync(cancellationToken))
        {
            if (use.Hash is { } hash)
            {
                referenced.Add(AssetRecord.CopyHash(hash));
            }
        }

        var marked = await index.ListUnreferencedAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await foreach (var hash in store.ListHashesAsync(cancellationToken))
        {
            if (referenced.Contains(hash))
            {
                continue;
            }

            if (!marked.TryGetValue(hash, out var since))
            {
                await index.MarkUnreferencedAsync(hash, now, cancellationToken);
            }
            else if (now - since >= _grace)
            {
                await store.DeleteHashAsync(hash, cancellationToken);
                await index.ForgetUnreferencedAsync(hash, cancellationToken);
                AssetLog.Collected(logger, hash, since);
            }
        }

        foreach (var hash in marked.Keys.Where(referenced.Contains))
        {
            await index.ForgetUnreferencedAsync(hash, cancellationToken);
        }
    }

    private async Task<Dictionary<string, AssetRecord>> RowsAsync(CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, AssetRecord>(StringComparer.Ordinal);
        await foreach (var row in index.ListAsync(cancellationToken))
        {
            rows[row.Path] = row;
        }

        return rows;
    }

    /// <summary>One repair, isolated from the pass: a fault is logged and counted, and the pass goes on.</summary>
    private async Task<T?> RepairAsync<T>(string path, Func<string, CancellationToken, Task<T>> repair, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            // On the thread pool: decoding, encoding and rendering are synchronous.
            return await Task.Run(() => repair(path, cancellationToken), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AssetLog.ReconcileError(logger, e, path);
            return null;
        }
    }

    private sealed class Tally
    {
        private int _published;
        private int _unpublished;
        private int _failed;

        public int Examined { get; set; }

        public void Count(object? result)
        {
            switch (result)
            {
                case null:
                    _failed++;
                    break;
                case AssetPublishResult { Outcome: AssetOutcome.Published } or PublishResult { Outcome: PublishOutcome.Published }:
                    _published++;
                    break;
                case AssetPublishResult { Outcome: AssetOutcome.Deleted } or PublishResult { Outcome: PublishOutcome.Unpublished }:
                    _unpublished++;
                    break;
                case AssetPublishResult { Outcome: AssetOutcome.Failed } or PublishResult { Outcome: PublishOutcome.Failed }:
                    _failed++;
                    break;
            }
        }

        public ReconcileReport Report() => new(Examined, _published, _unpublished, _failed);
    }
}
