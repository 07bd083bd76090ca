using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Functions.Logging;
using Pipeline.Publishing;
using Pipeline.Publishing.Configuration;
using Pipeline.Storage.Azure.Events;

namespace Pipeline.Functions.Triggers;

/// <summary>Event Grid delivered <c>BlobDeleted</c> events to the deletions queue: unpublish those drafts.</summary>
public sealed class UnpublishDraft(IDraftPublisher publisher, IOptions<PipelineOptions> options, ILogger<UnpublishDraft> logger)
{
    [Function(nameof(UnpublishDraft))]
    public async Task Run(
        [QueueTrigger(PipelineNames.DeletionsQueue, Connection = PipelineNames.StorageConnectionSetting)] string message,
        CancellationToken cancellationToken)
    {
        var container = options.Value.DraftsContainer;
        var drafts = DraftDeletionEvents.DeletedDraftPaths(BinaryData.FromString(message), container);
        if (drafts.Count == 0)
        {
            FunctionLog.IgnoredNoDeletion(logger, PipelineNames.DeletionsQueue, container);
        }

        foreach (var draft in drafts)
        {
            await publisher.UnpublishAsync(draft, cancellationToken);
        }
    }
}
