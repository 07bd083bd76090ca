namespace Pipeline.Functions.HostHarness;

/// <summary>What the harness needs to launch a worker: its build output and the app settings.</summary>
public sealed class FunctionsHostOptions
{
    /// <summary>The Functions app's build (or publish) output: holds worker.config.json and functions.metadata.</summary>
    public required string AppDirectory { get; init; }

    /// <summary>App settings, handed to the worker as environment variables (as the host does).</summary>
    public IReadOnlyDictionary<string, string> AppSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>How long to wait for any one reply from the worker before failing with its output.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
