using System.Diagnostics;

namespace Pipeline.TestSupport;

/// <summary>Runs the <c>pipeline</c> CLI (<see cref="BuiltCli"/>) as an author would, capturing what it prints.</summary>
public static class CliProcess
{
    public static Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) =>
        RunAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs the CLI with extra environment variables (settings such as <c>Pipeline__Web__PreviewKey</c>).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = BuiltCli.StartInfo(arguments);
        start.WorkingDirectory = Environment.CurrentDirectory;

        // A wide virtual console, so Spectre's table does not wrap the values the tests look for.
        start.Environment["COLUMNS"] = "400";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
