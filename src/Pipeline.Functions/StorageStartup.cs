using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Azure;

namespace Pipeline.Functions;

/// <summary>
/// Creates the containers and tables when the worker starts, so <c>func start</c> against an empty Azurite
/// works; in Azure the infrastructure already created them and this is a few cheap no-ops. A storage outage
/// at start must not kill the worker (the triggers retry on their own), so failures are logged, not thrown.
/// </summary>
internal sealed partial class StorageStartup(IPipelineStorageInitializer initializer, ILogger<StorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await initializer.EnsureCreatedAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            StorageNotReady(logger, e);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ensure the pipeline's containers and tables exist; triggers will retry")]
    private static partial void StorageNotReady(ILogger logger, Exception exception);
}
