using System.Collections.Concurrent;
using System.Diagnostics;
using Pipeline.Emulator;

namespace Pipeline.Browser.Tests;

/// <summary>
/// The built <c>Pipeline.LocalHost</c> (or <c>pipeline preview</c>) run as its own process (as a user runs it), on a
/// free loopback port, with the given settings as environment variables. Its output is kept to explain a failure.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private LocalHostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    public string Output => string.Join('\n', _output.TakeLast(200));

    public static LocalHostProcess Start(int port, IReadOnlyDictionary<string, string> settings, IReadOnlyList<string> arguments) =>
        Launch(BuiltAssembly("Pipeline.LocalHost", "Pipeline.LocalHost.dll"), port, settings, ["--urls", $"http://127.0.0.1:{port}", .. arguments]);

    /// <summary><c>pipeline preview FOLDER --port PORT</c>, the author's live preview, run from an empty working folder.</summary>
    public static LocalHostProcess StartPreview(string folder, int port) =>
        Launch(BuiltAssembly("Pipeline.Cli", "pipeline.dll"), port, new Dictionary<string, string>(), ["preview", folder, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    /// <summary>Waits until the program has printed <paramref name="text"/> (e.g. that it serves), or fails with its output.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!_output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (_process.HasExited || clock.Elapsed > timeout)
            {
                throw new InvalidOperationException($"'{text}' was not printed; output:\n{Output}");
            }

            await Task.Delay(50);
        }
    }

    private static LocalHostProcess Launch(string assembly, int port, IReadOnlyDictionary<string, string> settings, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in settings)
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the local host");
        var host = new LocalHostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        // The fixture owns the storage, so nothing is lost by not letting the host shut down gracefully.
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 400 && _output.TryDequeue(out _))
        {
        }
    }

    /// <summary>A program built in the same configuration as these tests (the project references build it).</summary>
    private static string BuiltAssembly(string project, string assembly)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(RepositoryRoot.Find(), "src", project, "bin", configuration, "net10.0", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"src/{project} is not built; build the solution first.", path);
    }
}
