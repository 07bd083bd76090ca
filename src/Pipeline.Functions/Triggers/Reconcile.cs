using Microsoft.Azure.Functions.Worker;
using Pipeline.Publishing;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Functions.Triggers;

/// <summary>Periodic repair: missed events, deletes, scheduled drafts now due, renderer changes.</summary>
public sealed class Reconcile(IReconciler reconciler)
{
    /// <remarks>The reconciler logs what it examined and repaired.</remarks>
    [Function(nameof(Reconcile))]
    public Task Run(
        [TimerTrigger("%" + PipelineNames.ReconcileScheduleSetting + "%")] TimerInfo timer,
        CancellationToken cancellationToken) =>
        reconciler.ReconcileAsync(cancellationToken);
}
