using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Pipeline.Functions.HostHarness;

/// <summary>
/// The built worker running as a child process, started the way the Functions host starts it: the
/// executable and worker path from <c>worker.config.json</c>, the host endpoint as command-line flags and
/// the app settings as environment variables.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int OutputLinesKept = 300;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    /// <summary>The last lines the worker wrote to stdout/stderr, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    /// <summary>Completes when the process exits, so waits for a reply can stop at once instead of timing out.</summary>
    public Task Exited { get; private set; } = Task.CompletedTask;

    public static WorkerProcess Start(FunctionsHostOptions options, Uri hostUri, string workerId, string requestId)
    {
        var appDirectory = Path.GetFullPath(options.AppDirectory);
        var (executable, workerPath) = ReadWorkerConfig(appDirectory);
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(appDirectory, workerPath));
        foreach (var argument in new[]
        {
            "--functions-uri", hostUri.ToString(),
            "--functions-worker-id", workerId,
            "--functions-request-id", requestId,
            // Without this flag the worker's limit is 0 and it dies on its first message.
            "--functions-grpc-max-message-length", int.MaxValue.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appDirectory;
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development";
        foreach (var (name, value) in options.AppSettings)
        {
            start.Environment[name] = value;
        }

        var worker = new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}."));
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        worker.Exited = worker._process.WaitForExitAsync();
        return worker;
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private static (string Executable, string WorkerPath) ReadWorkerConfig(string appDirectory)
    {
        var configPath = Path.Combine(appDirectory, "worker.config.json");
        if (!File.Exists(configPath))
        {
            throw new FileNotFoundException($"No worker.config.json in {appDirectory}: is the Functions app built?", configPath);
        }

        using var config = JsonDocument.Parse(File.ReadAllText(configPath));
        var description = config.RootElement.GetProperty("description");
        // A self-contained app names its own executable: "{WorkerRoot}Pipeline.Functions", the root being the app's folder.
        var executable = (description.GetProperty("defaultExecutablePath").GetString() ?? "dotnet")
            .Replace("{WorkerRoot}", appDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var workerPath = description.GetProperty("defaultWorkerPath").GetString()
            ?? throw new InvalidDataException("worker.config.json names no defaultWorkerPath.");
        return (executable, workerPath);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > OutputLinesKept && _output.TryDequeue(out _))
        {
        }
    }
}
