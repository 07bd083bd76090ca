using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Publishing;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Storage.Azure.Events;

/// <summary>
/// What both hosts do with a message on <c>webjobs-blobtrigger-poison</c>: read it as a
/// <see cref="BlobTriggerPoisonMessage"/> and, when it names a blob of the drafts container, mark that draft
/// poisoned. The queue is shared by every blob trigger on the account, so other containers' blobs are ignored (and logged).
/// </summary>
public sealed partial class PoisonedDraftRecorder(IDraftPublisher publisher, IOptions<PipelineOptions> options, ILogger<PoisonedDraftRecorder> logger)
{
    /// <summary>
    /// Records the poisoned draft and returns true, or returns false for another container's blob. A message that
    /// is not a poison message throws <see cref="FormatException"/>.
    /// </summary>
    public async Task<bool> RecordAsync(string message, CancellationToken cancellationToken = default)
    {
        var poison = BlobTriggerPoisonMessage.Parse(message);
        if (!string.Equals(poison.ContainerName, options.Value.DraftsContainer, StringComparison.Ordinal))
        {
            IgnoredOtherContainer(logger, PipelineNames.BlobTriggerPoisonQueue, poison.ContainerName);
            return false;
        }

        await publisher.RecordPoisonAsync(poison.BlobName, poison.ETag, cancellationToken).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Ignored {Queue} message for container {Container}")]
    private static partial void IgnoredOtherContainer(ILogger logger, string queue, string container);
}
