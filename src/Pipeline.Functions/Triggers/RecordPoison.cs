using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Functions.Logging;
using Pipeline.Publishing;
using Pipeline.Publishing.Configuration;
using Pipeline.Storage.Azure.Events;

namespace Pipeline.Functions.Triggers;

/// <summary>The blob trigger gave up on a draft: mark its status row poisoned so authors see it over HTTP.</summary>
public sealed class RecordPoison(IDraftPublisher publisher, IOptions<PipelineOptions> options, ILogger<RecordPoison> logger)
{
    [Function(nameof(RecordPoison))]
    public async Task Run(
        [QueueTrigger(PipelineNames.BlobTriggerPoisonQueue, Connection = PipelineNames.StorageConnectionSetting)] string message,
        CancellationToken cancellationToken)
    {
        var poison = BlobTriggerPoisonMessage.Parse(message);
        if (poison.ContainerName != options.Value.DraftsContainer)
        {
            FunctionLog.IgnoredOtherContainer(logger, PipelineNames.BlobTriggerPoisonQueue, poison.ContainerName);
            return;
        }

        await publisher.RecordPoisonAsync(poison.BlobName, poison.ETag, cancellationToken);
    }
}
