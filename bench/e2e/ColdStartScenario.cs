using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Functions.HostHarness;
using Pipeline.Publishing.Configuration;
using Pipeline.TestSupport;

namespace Pipeline.Bench.E2e;

/// <summary>
/// <c>coldstart --app-dir DIR [--runs 5]</c>: the Functions app's cold start through the host protocol (the test
/// harness plays the host): per run a new worker process, timed from launching it until the first
/// <c>PublishDraft</c> invocation has finished (a new draft published into Azurite) and until the first HTTP
/// response (<c>GET /api/articles</c>) after it. Prints each run and the medians.
/// </summary>
public static class ColdStartScenario
{
    private const string Draft = "---\ntitle: 冷えた関数\nslug: cold-start\ndate: 2026-11-01T09:00:00Z\n---\n## 見出し\n\n本文です。`code` と **強調**。\n\n```csharp\nvar x = 1;\n```\n";

    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var appDirectory = Path.GetFullPath(arguments.Text("app-dir"));
        var runs = arguments.Number("runs", 5);
        await using var azurite = await Pipeline.Emulator.AzuriteEmulator.StartAsync(new Pipeline.Emulator.AzuriteOptions(), cancellationToken: cancellationToken);
        var publishTimes = new List<double>();
        var httpTimes = new List<double>();
        Console.WriteLine($"app: {appDirectory}");
        for (var run = 0; run <= runs; run++)
        {
            var storage = new TestStorage(azurite.ConnectionString);
            await using var services = await storage.StartServicesAsync();
            var drafts = services.GetRequiredService<Azure.Storage.Blobs.BlobServiceClient>().GetBlobContainerClient(storage.DraftsContainer);
            await drafts.GetBlobClient("cold-start.md").UploadAsync(BinaryData.FromBytes(Encoding.UTF8.GetBytes(Draft)), overwrite: true, cancellationToken);

            var clock = Stopwatch.StartNew();
            await using var host = await FunctionsHost.StartAsync(new FunctionsHostOptions { AppDirectory = appDirectory, AppSettings = AppSettings(storage) }, cancellationToken);
            var publish = await host.InvokeAsync("PublishDraft", HostInputs.Blob(PipelineNames.StorageConnectionSetting, storage.DraftsContainer, "cold-start.md"));
            var published = clock.Elapsed.TotalMilliseconds;
            using var listing = await host.GetAsync("/api/articles", cancellationToken);
            var served = clock.Elapsed.TotalMilliseconds;
            if (!publish.Succeeded || !listing.Response.IsSuccessStatusCode || !(await listing.Response.Content.ReadAsStringAsync(cancellationToken)).Contains("cold-start", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"run {run}: publish {publish.Status} {publish.ErrorMessage}; listing {listing.Response.StatusCode}");
                return 1;
            }

            // The first run also warms the machine's file cache and Azurite: reported, not counted.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}{(run == 0 ? " (warm-up)" : "")}: first publish done {published:0} ms, first HTTP response {served:0} ms after launching the worker"));
            if (run > 0)
            {
                publishTimes.Add(published);
                httpTimes.Add(served);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median of {runs}: first publish {Median(publishTimes):0} ms (min {publishTimes.Min():0}, max {publishTimes.Max():0}); first HTTP response {Median(httpTimes):0} ms (min {httpTimes.Min():0}, max {httpTimes.Max():0})"));
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The storage slice's settings as the host passes app settings (environment variables), as the Functions tests do.</summary>
    private static Dictionary<string, string> AppSettings(TestStorage storage)
    {
        var settings = storage.Settings
            .Where(setting => setting.Value is not null)
            .ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value!);
        settings[PipelineNames.DraftsContainerSetting] = storage.DraftsContainer;
        settings[PipelineNames.ReconcileScheduleSetting] = PipelineNames.DefaultReconcileSchedule;
        settings[PipelineNames.PreviewKeySetting] = Convert.ToBase64String(new byte[32]);
        return settings;
    }
}
