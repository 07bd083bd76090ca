using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Pipeline.Publishing.Configuration;

namespace Pipeline.TestSupport;

/// <summary>
/// The built local host (<c>Pipeline.LocalHost.dll</c>) as a child process on a loopback port, with the given
/// settings as command-line configuration. Its output is kept, so a failure can show what the host said. The one
/// copy for the local host tests, the browser tests and the end-to-end bench.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LocalHostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// Starts a host on <paramref name="storage"/>'s own containers and tables, with a fresh WebJobs host id and a
    /// 2-second reconcile period (so a delete is noticed quickly), plus any <paramref name="extra"/> settings.
    /// </summary>
    public static Task<LocalHostProcess> StartAsync(TestStorage storage, IReadOnlyDictionary<string, string?>? extra = null, params string[] flags)
    {
        var settings = new Dictionary<string, string?>(storage.Settings)
        {
            ["LocalHost:HostId"] = "test-" + Guid.NewGuid().ToString("N")[..16],
            [PipelineNames.ReconcileScheduleSetting] = "00:00:02",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return StartAsync(settings, flags);
    }

    /// <summary>Starts the host and waits until it answers HTTP.</summary>
    public static Task<LocalHostProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, params string[] flags) =>
        StartAsync(new LocalHostStart(settings) { Flags = flags });

    /// <summary>Starts the host as <paramref name="options"/> say and waits until it answers HTTP.</summary>
    public static Task<LocalHostProcess> StartAsync(LocalHostStart options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseAddress = new Uri($"http://127.0.0.1:{options.Port ?? FreePort()}");
        string[] arguments =
        [
            $"--urls={baseAddress}",
            .. options.Settings.Select(setting => $"--{setting.Key}={setting.Value}"),
            .. options.Flags,
        ];
        var start = BuiltProgram.DotnetStart(options.HostAssembly ?? HostAssembly, arguments);
        return LaunchAsync(start, baseAddress, "/api/drafts", cancellationToken);
    }

    /// <summary><c>pipeline preview FOLDER --port PORT</c>, the author's live preview, waited for until it serves its index.</summary>
    public static Task<LocalHostProcess> StartPreviewAsync(string folder, int? port = null, CancellationToken cancellationToken = default)
    {
        var chosen = port ?? FreePort();
        string[] arguments = ["preview", folder, "--port", chosen.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        return LaunchAsync(BuiltCli.StartInfo(arguments), new Uri($"http://127.0.0.1:{chosen}"), "/", cancellationToken);
    }

    private static async Task<LocalHostProcess> LaunchAsync(ProcessStartInfo start, Uri baseAddress, string readyPath, CancellationToken cancellationToken)
    {
        var host = new LocalHostProcess(Process.Start(start)!, baseAddress);
        host._process.OutputDataReceived += (_, e) => host.Append(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilServingAsync(readyPath, cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>SIGTERM, as a service manager or <c>docker stop</c> sends it; returns once the process has exited.</summary>
    public async Task TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilServingAsync(string readyPath, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(); // also waits for the redirected output to drain, so Output is complete
                throw new InvalidOperationException($"The local host exited with {_process.ExitCode} during start:\n{Output}");
            }

            try
            {
                if ((await Client.GetAsync(readyPath, cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (deadline.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"The local host did not answer within {StartTimeout}:\n{Output}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string HostAssembly => BuiltProgram.Path("Pipeline.LocalHost", "Pipeline.LocalHost.dll");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
