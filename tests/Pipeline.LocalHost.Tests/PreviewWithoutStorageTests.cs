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
        var cli = CliWithoutStorage.CopyTo(Path.Combine(_root, "cli"));
        var drafts = Directory.CreateDirectory(Path.Combine(_root, "drafts")).FullName;
        await File.WriteAllTextAsync(Path.Combine(drafts, "hello.md"), "---\ntitle: Hello\nslug: hello\ndate: 2026-11-01\n---\nNo storage here.\n");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _root };
        foreach (var argument in new[] { cli.EntryAssembly, "preview", drafts, "--port", port.ToString(CultureInfo.InvariantCulture) })
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
            Assert.Contains("Pipeline.Storage.Azure.dll", cli.LeftOut);
            Assert.DoesNotContain(Directory.EnumerateFiles(cli.Folder), file => Path.GetFileName(file).StartsWith("Azure.", StringComparison.Ordinal));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
