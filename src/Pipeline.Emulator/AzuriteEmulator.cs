using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Pipeline.Emulator;

/// <summary>
/// One Azurite child process on loopback. <see cref="StartAsync(AzuriteOptions, ILogger?, CancellationToken)"/>
/// installs Azurite if needed, starts it and waits until blob, queue and table ports accept connections;
/// <see cref="DisposeAsync"/> stops it. An instance can be stopped and started again on the same ports
/// (with <see cref="AzuriteOptions.Location"/> set, the data survives), which tests use to simulate an outage.
/// </summary>
public sealed class AzuriteEmulator : IAsyncDisposable
{
    private const int PortStartAttempts = 3;

    private readonly AzuriteOptions _options;
    private readonly ILogger _logger;
    private readonly string _repositoryRoot;
    private readonly bool _portsChosenHere;
    private readonly AzuriteOutput _output = new();
    private Process? _process;

    private AzuriteEmulator(AzuriteOptions options, ILogger logger, string repositoryRoot)
    {
        _options = options;
        _logger = logger;
        _repositoryRoot = repositoryRoot;
        _portsChosenHere = options.BlobPort is null || options.QueuePort is null || options.TablePort is null;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillNow();
    }

    public string Host => _options.Host;
    public int BlobPort { get; private set; }
    public int QueuePort { get; private set; }
    public int TablePort { get; private set; }

    /// <summary>Connection string with explicit endpoints for the well-known development account.</summary>
    public string ConnectionString => DevelopmentStorageAccount.ConnectionString(Host, BlobPort, QueuePort, TablePort);

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<AzuriteEmulator> StartAsync(AzuriteOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        logger ??= NullLogger.Instance;
        var root = options.RepositoryRoot ?? RepositoryRoot.Find();
        if (options.InstallIfMissing)
        {
            await AzuriteInstaller.EnsureInstalledAsync(root, logger, cancellationToken);
        }
        else if (!AzuriteInstaller.IsInstalled(root))
        {
            throw new InvalidOperationException($"Azurite is not installed in '{root}' (run npm ci there).");
        }

        var emulator = new AzuriteEmulator(options, logger, root);
        await emulator.StartAsync(cancellationToken);
        return emulator;
    }

    /// <summary>Starts the process again (after <see cref="StopAsync"/>) on the same ports.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            return;
        }

        var firstStart = BlobPort == 0;
        for (var attempt = 1; ; attempt++)
        {
            if (firstStart)
            {
                ChoosePorts();
            }

            try
            {
                await LaunchAndWaitAsync(cancellationToken);
                return;
            }
            catch (AzuriteExitedException) when (firstStart && _portsChosenHere && attempt < PortStartAttempts)
            {
                // Most likely another process took one of the free ports between probing and binding.
                _logger.LogWarning("Azurite exited during start on ports {BlobPort}/{QueuePort}/{TablePort}; retrying on new ports", BlobPort, QueuePort, TablePort);
            }
        }
    }

    /// <summary>Stops the process: SIGTERM (so on-disk data is flushed), then kill after <see cref="AzuriteOptions.StopGracePeriod"/>.</summary>
    public async Task StopAsync()
    {
        var running = _process;
        _process = null;
        if (running is null)
        {
            return;
        }

        using (running)
        {
            if (running.HasExited)
            {
                return;
            }

            // Only on-disk data needs the graceful path (Azurite flushes its databases on SIGTERM, which can take
            // seconds); an in-memory instance has nothing to save and is killed at once.
            if (_options.Location is not null && UnixSignals.TryTerminate(running.Id))
            {
                using var grace = new CancellationTokenSource(_options.StopGracePeriod);
                try
                {
                    await running.WaitForExitAsync(grace.Token);
                    _logger.LogInformation("Azurite (pid {Pid}) stopped", running.Id);
                    return;
                }
                catch (OperationCanceledException)
                {
                    _logger.LogWarning("Azurite (pid {Pid}) did not stop within {GraceMs} ms; killing it", running.Id, _options.StopGracePeriod.TotalMilliseconds);
                }
            }

            running.Kill(entireProcessTree: true);
            await running.WaitForExitAsync();
            _logger.LogInformation("Azurite (pid {Pid}) killed", running.Id);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void ChoosePorts()
    {
        var free = FreeTcpPorts.Take(IPAddress.Parse(Host), 3);
        BlobPort = _options.BlobPort ?? free[0];
        QueuePort = _options.QueuePort ?? free[1];
        TablePort = _options.TablePort ?? free[2];
    }

    private async Task LaunchAndWaitAsync(CancellationToken cancellationToken)
    {
        var started = Launch();
        _process = started;
        try
        {
            await WaitUntilReadyAsync(started, cancellationToken);
            _logger.LogInformation(
                "Azurite (pid {Pid}) ready on {Host} blob {BlobPort}, queue {QueuePort}, table {TablePort}, data {Location}",
                started.Id, Host, BlobPort, QueuePort, TablePort, _options.Location ?? "in memory");
        }
        catch
        {
            await StopAsync();
            throw;
        }
    }

    private Process Launch()
    {
        // In its own session (setsid execs node in place, same pid), so a terminal's Ctrl+C reaches only the host,
        // which then stops Azurite itself after its own shutdown; otherwise Azurite dies first and the host's
        // triggers fail while stopping.
        var detach = !OperatingSystem.IsWindows() && File.Exists("/usr/bin/setsid");
        var start = new ProcessStartInfo(detach ? "/usr/bin/setsid" : "node")
        {
            WorkingDirectory = _repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (detach)
        {
            start.ArgumentList.Add("node");
        }

        foreach (var argument in Arguments())
        {
            start.ArgumentList.Add(argument);
        }

        Process started;
        try
        {
            started = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Node.js 20+ must be on PATH to run Azurite.", e);
        }

        _output.Attach(started);
        return started;
    }

    private IEnumerable<string> Arguments()
    {
        yield return AzuriteInstaller.EntryPoint;
        yield return "--blobHost";
        yield return Host;
        yield return "--queueHost";
        yield return Host;
        yield return "--tableHost";
        yield return Host;
        yield return "--blobPort";
        yield return BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--queuePort";
        yield return QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "--tablePort";
        yield return TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Azure.Storage.Blobs 12.30 sends an API version newer than Azurite 3.37 knows.
        yield return "--skipApiVersionCheck";
        yield return "--disableTelemetry";
        yield return "--silent";
        if (_options.Location is null)
        {
            yield return "--inMemoryPersistence";
        }
        else
        {
            Directory.CreateDirectory(_options.Location);
            yield return "--location";
            yield return _options.Location;
        }
    }

    private async Task WaitUntilReadyAsync(Process started, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.StartTimeout);
        var pending = new List<int> { BlobPort, QueuePort, TablePort };
        while (pending.Count > 0)
        {
            if (started.HasExited)
            {
                throw new AzuriteExitedException($"Azurite exited with code {started.ExitCode} during start:\n{_output.Tail()}");
            }

            if (timeout.IsCancellationRequested)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException($"Azurite did not open ports {string.Join(", ", pending)} within {_options.StartTimeout}:\n{_output.Tail()}");
            }

            pending.RemoveAll(port => Accepts(port));
            if (pending.Count > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
            }
        }
    }

    private bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(Host, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void KillNow()
    {
        try
        {
            if (_process is { HasExited: false } running)
            {
                running.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }
}
