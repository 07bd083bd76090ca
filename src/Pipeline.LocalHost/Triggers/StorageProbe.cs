using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Configuration;
using Pipeline.Publishing.Stores;

namespace Pipeline.LocalHost.Triggers;

/// <summary>Waits, with capped exponential backoff, until the drafts container answers again.</summary>
internal sealed class StorageProbe(BlobServiceClient blobs, IOptions<PipelineOptions> options, IStorageFaults faults)
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(15);

    public async Task WaitUntilReachableAsync(CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(options.Value.DraftsContainer);
        var wait = FirstWait;
        while (true)
        {
            try
            {
                await container.ExistsAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (faults.IsUnavailable(ex) && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(wait, cancellationToken);
                wait = TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, wait.Ticks * 2));
            }
        }
    }
}
