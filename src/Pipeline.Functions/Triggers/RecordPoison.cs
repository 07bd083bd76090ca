using Microsoft.Azure.Functions.Worker;
using Pipeline.Publishing.Configuration;
using Pipeline.Storage.Azure.Events;

namespace Pipeline.Functions.Triggers;

/// <summary>The blob trigger gave up on a draft: mark its status row poisoned so authors see it over HTTP.</summary>
public sealed class RecordPoison(PoisonedDraftRecorder recorder)
{
    [Function(nameof(RecordPoison))]
    public Task Run(
        [QueueTrigger(PipelineNames.BlobTriggerPoisonQueue, Connection = PipelineNames.StorageConnectionSetting)] string message,
        CancellationToken cancellationToken) =>
        recorder.RecordAsync(message, cancellationToken);
}
