namespace Pipeline.Publishing;

/// <summary>Compares drafts with the index and repairs drift: missed events, deletes, due scheduled drafts, renderer changes.</summary>
public interface IReconciler
{
    Task<ReconcileReport> ReconcileAsync(CancellationToken cancellationToken = default);
}
