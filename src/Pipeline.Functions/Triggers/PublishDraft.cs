using System.Diagnostics;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Configuration;
using Pipeline.Core.Publishing;
using Pipeline.Functions.Logging;

namespace Pipeline.Functions.Triggers;

/// <summary>A draft was created or overwritten: publish its current version.</summary>
public sealed class PublishDraft(IDraftPublisher publisher, ILogger<PublishDraft> logger)
{
    /// <remarks>
    /// Bound to <see cref="BlobClient"/> (a reference, never the bytes): the publisher reads the draft itself,
    /// pinned to one version. Permanent draft problems are recorded and return normally; transient faults
    /// throw so the host retries and, at the end, poisons the blob.
    /// </remarks>
    [Function(nameof(PublishDraft))]
    public async Task Run(
        [BlobTrigger("%" + PipelineNames.DraftsContainerSetting + "%/{name}", Source = BlobTriggerSource.EventGrid, Connection = PipelineNames.StorageConnectionSetting)]
        BlobClient draft,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await publisher.PublishAsync(draft.Name, cancellationToken);
        FunctionLog.Result(logger, "publish", result, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
