using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>
/// <c>pipeline preview</c> needs no storage: run from a copy of the CLI with every Azure assembly deleted, it still
/// serves the folder's index and article pages (a preview path that touched storage code would fail to load it).
/// </summary>
public sealed class PreviewWithoutStorageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-preview-nostorage-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Preview_serves_a_folder_with_no_azure_assembly_present()
    {
        var cli = CopyCliWithoutAzure(Path.Combine(_root, "cli"));
        var drafts = Directory.CreateDirectory(Path.Combine(_root, "drafts")).FullName;
        await File.WriteAllTextAsync(Path.Combine(drafts, "hello.md"), "---\ntitle: Hello\nslug: hello\ndate: 2026-11-01\n---\nNo storage here.\n");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _root };
        foreach (var argument in new[] { Path.Combine(cli, "pipeline.dll"), "preview", drafts, "--port", port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var line = await process.StandardOutput.ReadLineAsync();
            while (line is not null && !line.Contains("Serving", StringComparison.Ordinal))
            {
                line = await process.StandardOutput.ReadLineAsync();
            }

            Assert.True(line is not null, "preview exited: " + (process.HasExited ? await errors : ""));
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            var index = await client.GetStringAsync("/");
            var article = await client.GetAsync("/articles/hello");

            Assert.Contains("/articles/hello", index, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, article.StatusCode);
            Assert.Contains("No storage here.", await article.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(Directory.EnumerateFiles(cli), file => Path.GetFileName(file).StartsWith("Azure.", StringComparison.Ordinal));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static string CopyCliWithoutAzure(string target)
    {
        var built = Path.GetDirectoryName(BuiltProgram.Path("Pipeline.Cli", "pipeline.dll"))!;
        foreach (var file in Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            // Without its deps.json the host loads whatever assemblies are in the folder, so the missing ones are
            // only noticed if something actually needs them.
            if (name.StartsWith("Azure.", StringComparison.Ordinal) || name.StartsWith("Pipeline.Storage.Azure.", StringComparison.Ordinal)
                || name == "pipeline.deps.json")
            {
                continue;
            }

            var copy = Path.Combine(target, Path.GetRelativePath(built, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
