namespace Pipeline.Publishing.Assets;

/// <summary>
/// The reconcile pass the hosts' timers run: assets first (so drafts render against current asset rows), then
/// drafts (<see cref="DraftReconciler"/>), then the drafts whose asset dependencies went stale, and garbage collection.
/// </summary>
public sealed class SiteReconciler(AssetReconciler assets, DraftReconciler drafts) : IReconciler
{
    public async Task<ReconcileReport> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var before = await assets.RepairAssetsAsync(cancellationToken);
        var report = await drafts.ReconcileAsync(cancellationToken);
        var after = await assets.RepairDependenciesAsync(cancellationToken);
        return new ReconcileReport(
            report.Examined + before.Examined + after.Examined,
            report.Published + before.Published + after.Published,
            report.Unpublished + before.Unpublished + after.Unpublished,
            report.Failed + before.Failed + after.Failed);
    }
}
