using System.Diagnostics;
using Microsoft.Azure.WebJobs.Host.Timers;
using Pipeline.Publishing;

namespace Pipeline.LocalHost.Triggers;

/// <summary>
/// Runs the WebJobs trigger engine as a host of its own inside the web host, and keeps it running:
/// <list type="bullet">
/// <item>it starts only once Kestrel listens, so the reconcile that runs at start never delays HTTP;</item>
/// <item>when the engine reports an unhandled fault (its listeners give up after the storage SDK's retries, which
/// by default ends the process), the engine is stopped, storage is probed with backoff, and a fresh engine is
/// started once storage answers — one log line when the outage is noticed, one when it ends.</item>
/// </list>
/// HTTP keeps serving throughout; requests that need storage meanwhile answer 503 (see StorageUnavailableMiddleware).
/// </summary>
internal sealed partial class TriggerSupervisor(
    IConfiguration configuration,
    IDraftPublisher publisher,
    IReconciler reconciler,
    StorageProbe probe,
    ILoggerFactory loggers,
    IHostApplicationLifetime lifetime,
    ILogger<TriggerSupervisor> logger) : BackgroundService
{
    /// <summary>How long a faulted engine may take to stop before it is abandoned (its listeners may be mid-retry).</summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await ApplicationStarted.WaitAsync(lifetime, stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var fault = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
            var engine = BuildEngine(fault);
            try
            {
                await engine.StartAsync(stoppingToken);
                await fault.Task.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down: stop the engine below.
            }
            catch (Exception ex)
            {
                // Storage was already away when the engine started (its start reads and creates containers).
                fault.TrySetResult(ex);
            }

            if (stoppingToken.IsCancellationRequested)
            {
                await StopAsync(engine);
                return;
            }

            var outage = Stopwatch.StartNew();
            Log.StorageUnreachable(logger, Describe(await fault.Task));
            await StopAsync(engine);
            await probe.WaitUntilReachableAsync(stoppingToken);
            Log.StorageBack(logger, outage.Elapsed.TotalSeconds);
        }
    }

    private IHost BuildEngine(TaskCompletionSource<Exception> fault) =>
        new HostBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureAppConfiguration(config => config.AddConfiguration(configuration))
            .ConfigureLogging(logging =>
            {
                // The engine logs through the web host's loggers, with the same filters and console.
                logging.ClearProviders();
                logging.AddProvider(new ForwardingLoggerProvider(loggers));
            })
            .ConfigurePipelineTriggers(configuration)
            .ConfigureServices(services =>
            {
                services.AddSingleton(publisher);
                services.AddSingleton(reconciler);
                services.AddSingleton<IWebJobsExceptionHandlerFactory>(new SupervisedExceptionHandlerFactory(fault));
            })
            .Build();

    /// <summary>Stops and disposes an engine; a faulted one may throw on the way (its listeners are half stopped), which changes nothing.</summary>
    private async Task StopAsync(IHost engine)
    {
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await engine.StopAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.StopFailed(logger, Describe(ex));
        }

        try
        {
            if (engine is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else
            {
                engine.Dispose();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.StopFailed(logger, Describe(ex));
        }
    }

    /// <summary>The innermost message, on one line: the outage is the news, not the retry policy's stack trace.</summary>
    private static string Describe(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is { } inner)
        {
            innermost = inner;
        }

        return $"{innermost.GetType().Name}: {innermost.Message.ReplaceLineEndings(" ")}";
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Triggers paused: storage is unreachable ({Reason}); HTTP answers 503 where it needs storage, and triggers resume when storage answers again")]
        public static partial void StorageUnreachable(ILogger logger, string reason);

        [LoggerMessage(2, LogLevel.Information, "Triggers resumed: storage is reachable again after {Seconds:F0} s")]
        public static partial void StorageBack(ILogger logger, double seconds);

        [LoggerMessage(3, LogLevel.Debug, "The faulted trigger engine did not stop cleanly: {Reason}")]
        public static partial void StopFailed(ILogger logger, string reason);
    }
}
