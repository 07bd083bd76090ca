using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Publishing;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Functions.Triggers;

/// <summary>A draft was created or overwritten: publish its current version.</summary>
public sealed class PublishDraft(IDraftPublisher publisher)
{
    /// <remarks>
    /// Bound to <see cref="BlobClient"/> (a reference, never the bytes): the publisher reads the draft itself,
    /// pinned to one version, and logs draft, ETag, outcome, slug and render time. Permanent draft problems
    /// are recorded and return normally; transient faults throw so the host retries and finally poisons it.
    /// </remarks>
    [Function(nameof(PublishDraft))]
    public Task Run(
        [BlobTrigger("%" + PipelineNames.DraftsContainerSetting + "%/{name}", Source = BlobTriggerSource.EventGrid, Connection = PipelineNames.StorageConnectionSetting)]
        BlobClient draft,
        CancellationToken cancellationToken) =>
        publisher.PublishAsync(draft.Name, cancellationToken);
}
