using System.Diagnostics;
using System.Reflection;

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
        CopyBuiltCli(_app);
        var removed = Directory.GetFiles(_app, "Azure.*.dll").Append(Path.Combine(_app, "Pipeline.Storage.Azure.dll")).ToList();
        Assert.Contains(removed, File.Exists);
        removed.ForEach(File.Delete);
        // The dependency manifest names the deleted files, and the host refuses to start when one is missing;
        // without it the host loads what the folder holds, which is the point.
        File.Delete(Path.Combine(_app, "pipeline.deps.json"));
        var draft = Path.Combine(_app, "hello.md");
        await File.WriteAllTextAsync(draft, "---\ntitle: 東京から\n---\n\nStorage is not needed to *render*.\n");

        var (exitCode, output, error) = await RunAsync(_app, "render", draft);

        Assert.True(exitCode == 0, $"exit {exitCode}: {error}");
        Assert.StartsWith("<!doctype html>", output.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<em>render</em>", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_app, "Pipeline.Storage.Azure.dll")));
    }

    private static void CopyBuiltCli(string destination)
    {
        var configuration = typeof(RenderWithoutStorageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var built = Path.Combine(RepositoryRoot(), "src", "Pipeline.Cli", "bin", configuration, "net10.0");
        Assert.True(File.Exists(Path.Combine(built, "pipeline.dll")), $"build src/Pipeline.Cli first ({built})");
        foreach (var file in Directory.GetFiles(built, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(built, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string app, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = app };
        start.ArgumentList.Add(Path.Combine(app, "pipeline.dll"));
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
