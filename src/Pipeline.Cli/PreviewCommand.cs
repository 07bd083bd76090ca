using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli.Preview;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline preview [DIR] [--port N]</c>: the folder's drafts as the site will show them, on
/// <c>http://127.0.0.1:N/</c>, re-rendered on every save with the open pages reloading themselves. Prints its URL
/// and opens nothing. Unpublished drafts are shown too, marked; a draft that fails shows its error in the page.
/// </summary>
internal static class PreviewCommand
{
    public const int DefaultPort = 7072;

    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("dir")
        {
            Description = "The folder of drafts (.md, .markdown, .txt; subfolders included).",
            DefaultValueFactory = _ => new DirectoryInfo("."),
        };
        var port = new Option<int>("--port", "-p")
        {
            Description = "Loopback port to listen on (0: any free port).",
            DefaultValueFactory = _ => DefaultPort,
        };
        var command = new Command("preview", "Serve a folder of drafts locally with live reload (no storage needed)") { folder, port };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(folder)!, result.GetValue(port), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo folder, int port, CancellationToken cancellationToken)
    {
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"error: {folder.FullName} is not a folder");
            return 2;
        }

        var listenPort = port == 0 ? FreePort() : port;
        await using var app = PreviewServer.Build(folder.FullName, listenPort, CliServices.Configuration);
        var clock = Stopwatch.StartNew();
        var drafts = app.Services.GetRequiredService<PreviewDrafts>();
        using var watcher = app.Services.GetRequiredService<DraftWatcher>();
        watcher.RenderAll();
        await app.StartAsync(cancellationToken);
        Console.WriteLine($"Preview of {folder.FullName}: {drafts.Rendered} drafts rendered, {drafts.Failures.Count} failing ({clock.Elapsed.TotalSeconds:0.00} s)");
        Console.WriteLine($"Serving http://127.0.0.1:{listenPort}/ (watching for changes; Ctrl+C stops)");
        // Until Ctrl+C or SIGTERM: the host's console lifetime takes those signals and stops the app.
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
