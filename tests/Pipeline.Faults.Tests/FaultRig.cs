using System.Net;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Emulator;
using Pipeline.Publishing.Configuration;
using Pipeline.Publishing.Stores;
using Pipeline.TestSupport;

namespace Pipeline.Faults.Tests;

/// <summary>
/// The system under fault: a real Azurite with its data on disk (so a restart keeps it) and the real local host
/// process on it, with a pinned WebJobs host id (receipts survive a kill, as in production), a 2-second reconcile
/// and a short orphan-page grace period. Kills and restarts either; every call through it waits out an outage.
/// </summary>
public sealed class FaultRig : IAsyncDisposable
{
    /// <summary>How long an orphan page blob may live; short, so the invariant can be checked within a round.</summary>
    public static readonly TimeSpan OrphanGrace = TimeSpan.FromSeconds(5);

    /// <summary>Bounds a hang only: no step is asserted to be fast.</summary>
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(120);

    private readonly string _dataFolder;
    private readonly AzuriteEmulator _azurite;
    private readonly IReadOnlyDictionary<string, string?> _hostSettings;
    private readonly SemaphoreSlim _hostLock = new(1, 1);
    private readonly ServiceProvider _services;
    private LocalHostProcess? _host;
    private string _lastHostOutput = string.Empty;

    private FaultRig(string dataFolder, AzuriteEmulator azurite, TestStorage storage)
    {
        _dataFolder = dataFolder;
        _azurite = azurite;
        Storage = storage;
        Drafts = new BlobContainerClient(storage.ConnectionString, storage.DraftsContainer);
        _services = storage.BuildServices();
        _hostSettings = new Dictionary<string, string?>(storage.Settings)
        {
            ["LocalHost:HostId"] = "faults-" + Guid.NewGuid().ToString("N")[..12],
            [PipelineNames.ReconcileScheduleSetting] = "00:00:02",
            [$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.OrphanPageGraceSeconds)}"] = ((int)OrphanGrace.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public TestStorage Storage { get; }

    public BlobContainerClient Drafts { get; }

    public IArticleIndex Index => _services.GetRequiredService<IArticleIndex>();

    public IPageStore Pages => _services.GetRequiredService<IPageStore>();

    /// <summary>What the current (or last) host process printed, for failure messages.</summary>
    public string HostOutput => _host?.Output ?? _lastHostOutput;

    public static async Task<FaultRig> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pipeline-faults-" + Guid.NewGuid().ToString("N"));
        var azurite = await AzuriteEmulator.StartAsync(new AzuriteOptions { Location = folder });
        var rig = new FaultRig(folder, azurite, new TestStorage(azurite.ConnectionString));
        await rig.Drafts.CreateIfNotExistsAsync();
        await rig.StartHostAsync();
        return rig;
    }

    /// <summary>SIGKILL of the host process (no shutdown code runs), then a new process after <paramref name="down"/>.</summary>
    public async Task KillHostAsync(TimeSpan down)
    {
        await _hostLock.WaitAsync();
        try
        {
            if (_host is not null)
            {
                _lastHostOutput = _host.Output;
                await _host.DisposeAsync(); // Process.Kill: SIGKILL
                _host = null;
            }
        }
        finally
        {
            _hostLock.Release();
        }

        await Task.Delay(down);
        await StartHostAsync();
    }

    /// <summary>An outage: Azurite stopped for <paramref name="down"/>, then started again on the same ports and data.</summary>
    public async Task RestartStorageAsync(TimeSpan down)
    {
        await _azurite.StopAsync();
        await Task.Delay(down);
        await _azurite.StartAsync();
    }

    /// <summary>Starts a host when none runs (after a kill, or one that died by itself: that is reported).</summary>
    public async Task EnsureHostAsync()
    {
        if (_host is { HasExited: true } dead)
        {
            throw new InvalidOperationException($"the local host exited by itself with {dead.ExitCode}:\n{dead.Output}");
        }

        await StartHostAsync();
    }

    /// <summary>An HTTP GET on the current host that waits out a host restart or a storage outage (503).</summary>
    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var deadline = new CancellationTokenSource(OperationTimeout);
        while (true)
        {
            var host = _host;
            if (host is not null)
            {
                try
                {
                    using var attempt = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
                    attempt.CancelAfter(TimeSpan.FromSeconds(30));
                    var response = await host.Client.GetAsync(path, attempt.Token);
                    if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                    {
                        return response;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ObjectDisposedException && !deadline.IsCancellationRequested)
                {
                    // the host was killed under us, or is busy: try again
                }
            }

            await DelayOrFailAsync(deadline, $"GET {path}");
        }
    }

    /// <summary>A storage call that is retried until Azurite answers (an author's client would retry too).</summary>
    public async Task StorageAsync(Func<Task> call, string what)
    {
        using var deadline = new CancellationTokenSource(OperationTimeout);
        while (true)
        {
            try
            {
                await call();
                return;
            }
            catch (Exception e) when (e is RequestFailedException { Status: 0 or >= 500 } or HttpRequestException or AggregateException or TaskCanceledException or IOException)
            {
                await DelayOrFailAsync(deadline, what);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _services.DisposeAsync();
        await _azurite.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }

    private async Task StartHostAsync()
    {
        await _hostLock.WaitAsync();
        try
        {
            _host ??= await LocalHostProcess.StartAsync(_hostSettings);
        }
        finally
        {
            _hostLock.Release();
        }
    }

    private static async Task DelayOrFailAsync(CancellationTokenSource deadline, string what)
    {
        if (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"{what} did not succeed within {OperationTimeout}");
        }

        await Task.Delay(250);
    }
}
