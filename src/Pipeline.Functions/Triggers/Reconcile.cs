using System.Diagnostics;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Configuration;
using Pipeline.Core.Publishing;
using Pipeline.Functions.Logging;

namespace Pipeline.Functions.Triggers;

/// <summary>Periodic repair: missed events, deletes, scheduled drafts now due, renderer changes.</summary>
public sealed class Reconcile(IReconciler reconciler, ILogger<Reconcile> logger)
{
    [Function(nameof(Reconcile))]
    public async Task Run(
        [TimerTrigger("%" + PipelineNames.ReconcileScheduleSetting + "%")] TimerInfo timer,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var report = await reconciler.ReconcileAsync(cancellationToken);
        FunctionLog.Reconciled(logger, report.Examined, report.Published, report.Unpublished, report.Failed, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
