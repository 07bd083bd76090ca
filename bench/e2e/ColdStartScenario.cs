using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Functions.HostHarness;
using Pipeline.Publishing.Configuration;
using Pipeline.TestSupport;

namespace Pipeline.Bench.E2e;

/// <summary>
/// <c>coldstart --apps "NAME=DIR[+ENV=VALUE…];NAME=DIR…" [--runs 7]</c> (or <c>--app-dir DIR</c> for one app): the
/// Functions app's cold start through the host protocol (the test harness plays the host). Per round, for each app in
/// turn (A B A B …, so every app meets the same drift of a shared machine), a new worker process, timed from launching
/// it until the first <c>PublishDraft</c> invocation has finished (a new draft published into Azurite) and until the
/// first HTTP response (<c>GET /api/articles</c>) after it, with the worker's CPU time (user + system) at the end of
/// that publish and when each start-up step of the protocol completed. <c>+ENV=VALUE</c> adds environment variables
/// to that app's worker (runtime knobs such as <c>DOTNET_TieredPGO=0</c>). One warm-up round, then the medians with
/// min–max and, for every app after the first, the median of its per-round ratios to the first.
/// </summary>
public static class ColdStartScenario
{
    private const string Draft = "---\ntitle: 冷えた関数\nslug: cold-start\ndate: 2026-11-01T09:00:00Z\n---\n## 見出し\n\n本文です。`code` と **強調**。\n\n```csharp\nvar x = 1;\n```\n";

    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var apps = ColdStartApp.Parse(arguments.Text("apps", "") is { Length: > 0 } list ? list : "app=" + arguments.Text("app-dir"));
        var runs = arguments.Number("runs", 7);
        await using var azurite = await Pipeline.Emulator.AzuriteEmulator.StartAsync(new Pipeline.Emulator.AzuriteOptions(), cancellationToken: cancellationToken);
        var results = apps.ToDictionary(app => app.Name, _ => new List<ColdStartRun>());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load at start: {File.ReadAllText("/proc/loadavg").Trim()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        foreach (var app in apps)
        {
            Console.WriteLine($"{app.Name}: {app.Directory}{(app.Environment.Count > 0 ? " with " + string.Join(' ', app.Environment.Select(e => $"{e.Key}={e.Value}")) : "")}");
        }

        for (var round = 0; round <= runs; round++)
        {
            foreach (var app in apps)
            {
                var run = await RunOnceAsync(azurite.ConnectionString, app, cancellationToken);
                if (run is null)
                {
                    return 1;
                }

                // The first round also warms the machine's file cache and Azurite: reported, not counted.
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}{(round == 0 ? " (warm-up)" : "")} {app.Name}: first publish done {run.PublishMs:0} ms (worker CPU {run.CpuMs:0} ms), first HTTP response {run.HttpMs:0} ms; {run.Steps}"));
                if (round > 0)
                {
                    results[app.Name].Add(run);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"medians of {runs} rounds (min–max); load now {File.ReadAllText("/proc/loadavg").Trim()}"));
        var first = results[apps[0].Name];
        foreach (var app in apps)
        {
            var mine = results[app.Name];
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{app.Name}: first publish {Stat(mine.Select(r => r.PublishMs))} ms, worker CPU {Stat(mine.Select(r => r.CpuMs))} ms, first HTTP response {Stat(mine.Select(r => r.HttpMs))} ms; steps {MedianSteps(mine)}");
            if (app != apps[0])
            {
                line += string.Create(CultureInfo.InvariantCulture,
                    $"; ratio to {apps[0].Name}: publish {Median(mine.Zip(first, (a, b) => a.PublishMs / b.PublishMs)):0.00}, CPU {Median(mine.Zip(first, (a, b) => a.CpuMs / b.CpuMs)):0.00}");
            }

            Console.WriteLine(line);
        }

        return 0;
    }

    private static async Task<ColdStartRun?> RunOnceAsync(string connectionString, ColdStartApp app, CancellationToken cancellationToken)
    {
        var storage = new TestStorage(connectionString);
        await using var services = await storage.StartServicesAsync();
        var drafts = services.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>().GetBlobContainerClient(storage.DraftsContainer);
        await drafts.GetBlobClient("cold-start.md").UploadAsync(BinaryData.FromBytes(Encoding.UTF8.GetBytes(Draft)), overwrite: true, cancellationToken);

        var settings = storage.FunctionsAppSettings(new byte[32]);
        foreach (var (name, value) in app.Environment)
        {
            settings[name] = value;
        }

        var clock = Stopwatch.StartNew();
        await using var host = await FunctionsHost.StartAsync(new FunctionsHostOptions { AppDirectory = app.Directory, AppSettings = settings }, cancellationToken);
        var publish = await host.InvokeAsync("PublishDraft", HostInputs.Blob(PipelineNames.StorageConnectionSetting, storage.DraftsContainer, "cold-start.md"));
        var published = clock.Elapsed.TotalMilliseconds;
        var cpu = Process.GetProcessById(host.WorkerProcessId!.Value).TotalProcessorTime.TotalMilliseconds;
        using var listing = await host.GetAsync("/api/articles", cancellationToken);
        var served = clock.Elapsed.TotalMilliseconds;
        if (!publish.Succeeded || !listing.Response.IsSuccessStatusCode || !(await listing.Response.Content.ReadAsStringAsync(cancellationToken)).Contains("cold-start", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"{app.Name}: publish {publish.Status} {publish.ErrorMessage}; listing {listing.Response.StatusCode}");
            return null;
        }

        var steps = host.Milestones.ToDictionary(m => m.Key, m => m.Value.TotalMilliseconds);
        // The publisher's own log line (over the protocol) splits the invocation: render, and the whole publish inside it.
        if (host.Logs.Select(log => PublishedLog.Match(log.Message)).FirstOrDefault(match => match.Success) is { } line)
        {
            steps["render"] = double.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture);
            steps["publisher"] = double.Parse(line.Groups[2].Value, CultureInfo.InvariantCulture);
        }

        return new ColdStartRun(published, served, cpu, steps);
    }

    private static readonly System.Text.RegularExpressions.Regex PublishedLog = new(@"rendered in (\d+) ms, total (\d+) ms");

    private static string Stat(IEnumerable<double> values)
    {
        var list = values.ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{Median(list):0} ({list.Min():0}–{list.Max():0})");
    }

    private static string MedianSteps(List<ColdStartRun> runs) =>
        string.Join(", ", runs[0].Milestones.Keys.Where(step => runs.All(r => r.Milestones.ContainsKey(step))).Select(step => string.Create(CultureInfo.InvariantCulture, $"{step} {Median(runs.Select(r => r.Milestones[step])):0}")));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }


    private sealed record ColdStartRun(double PublishMs, double HttpMs, double CpuMs, Dictionary<string, double> Milestones)
    {
        public string Steps => string.Join(", ", Milestones.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key} {m.Value:0}")));
    }
}
