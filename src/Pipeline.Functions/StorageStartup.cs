using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Azure;

namespace Pipeline.Functions;

/// <summary>
/// Creates the containers and tables when the worker starts, so <c>func start</c> against an empty Azurite
/// works; in Azure the infrastructure already created them and this is a few cheap no-ops. It runs in the
/// background: a storage outage at start must neither kill the worker (the triggers retry on their own, so failures
/// are logged, not thrown) nor hold back the HTTP endpoint, which answers 503 meanwhile.
/// </summary>
internal sealed partial class StorageStartup(IPipelineStorageInitializer initializer, ILogger<StorageStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await initializer.EnsureCreatedAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            StorageNotReady(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ensure the pipeline's containers and tables exist; triggers will retry")]
    private static partial void StorageNotReady(ILogger logger, Exception exception);
}
