using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs;
using Pipeline.Publishing;
using Pipeline.Publishing.Configuration;
using Pipeline.Storage.Azure.Events;

namespace Pipeline.LocalHost.Triggers;

/// <summary>
/// The WebJobs functions: thin adapters from trigger events to the publisher and reconciler, exactly as the
/// Functions app wires them. Retries, receipts and the poison queue are the trigger engine's.
/// </summary>
public sealed class DraftTriggers(IDraftPublisher publisher, IReconciler reconciler, PoisonedDraftRecorder poisoned)
{
    /// <summary>A draft was created or overwritten. Transient faults throw, so the engine retries (then poisons).</summary>
    [FunctionName("PublishDraft")]
    public Task PublishDraftAsync(
        [BlobTrigger("%" + PipelineNames.DraftsContainerSetting + "%/{name}", Connection = PipelineNames.StorageConnectionSetting)] BlobClient draft,
        CancellationToken cancellationToken) =>
        publisher.PublishAsync(draft.Name, cancellationToken);

    /// <summary>
    /// Repairs drift on a schedule: deletes (no blob trigger fires on delete), missed events, scheduled drafts now due.
    /// Runs at start too, so a restart catches up at once.
    /// </summary>
    [FunctionName("Reconcile")]
    public Task ReconcileAsync(
        [TimerTrigger("%" + PipelineNames.ReconcileScheduleSetting + "%", RunOnStartup = true)] TimerInfo timer,
        CancellationToken cancellationToken) =>
        reconciler.ReconcileAsync(cancellationToken);

    /// <summary>
    /// The engine gave up on a blob after its last attempt: when it is a draft, record that, so /api/drafts shows it.
    /// The poison queue is shared by every blob trigger on the account, so other containers' blobs are ignored.
    /// </summary>
    [FunctionName("RecordPoisonedDraft")]
    public Task RecordPoisonAsync(
        [QueueTrigger(PipelineNames.BlobTriggerPoisonQueue, Connection = PipelineNames.StorageConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        poisoned.RecordAsync(message, cancellationToken);
}
