using System.Diagnostics;
using Pipeline.TestSupport;

namespace Pipeline.Cli.Tests;

/// <summary>
/// <c>pipeline render</c> depends on the rendering assembly alone: run from a copy of the built CLI with
/// <c>Pipeline.Storage.Azure.dll</c> and every <c>Azure.*.dll</c> deleted, it still renders a draft to HTML.
/// </summary>
public sealed class RenderWithoutStorageTests : IDisposable
{
    private readonly string _app = Directory.CreateTempSubdirectory("pipeline-cli-nostorage-").FullName;

    public void Dispose() => Directory.Delete(_app, recursive: true);

    [Fact]
    public async Task Render_works_with_no_storage_assembly_present()
    {
        var cli = CliWithoutStorage.CopyTo(_app);
        Assert.Contains("Pipeline.Storage.Azure.dll", cli.LeftOut);
        Assert.Contains(cli.LeftOut, file => file.StartsWith("Azure.", StringComparison.Ordinal));
        var draft = Path.Combine(_app, "hello.md");
        await File.WriteAllTextAsync(draft, "---\ntitle: 東京から\n---\n\nStorage is not needed to *render*.\n");

        var (exitCode, output, error) = await RunAsync(cli, "render", draft);

        Assert.True(exitCode == 0, $"exit {exitCode}: {error}");
        Assert.StartsWith("<!doctype html>", output.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<em>render</em>", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_app, "Pipeline.Storage.Azure.dll")));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(CliWithoutStorage cli, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = cli.Folder };
        start.ArgumentList.Add(cli.EntryAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
