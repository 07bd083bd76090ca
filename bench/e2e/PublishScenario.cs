using System.Text;

namespace Pipeline.Bench.E2e;

/// <summary>
/// Publishing end to end: the raw storage floor, a burst of drafts uploaded at once, single-draft latency,
/// and the host's peak working set while it publishes a 5 MiB draft.
/// </summary>
public static class PublishScenario
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var count = arguments.Number("drafts", 1000);
        var latencySamples = arguments.Number("latency", 50);
        var inFlight = arguments.Number("in-flight", 16);
        var corpus = new BenchDrafts(arguments.Text("corpus"));
        var run = DateTime.UtcNow.ToString("HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var now = DateTimeOffset.UtcNow;

        await using var environment = await BenchEnvironment.StartAsync(arguments.Text("host-dll"), cancellationToken);
        var raw = await new RawStorageBaseline(environment.ConnectionString).DraftsPerSecondAsync(corpus.Make("raw" + run, count, now.AddDays(-3)), inFlight, cancellationToken);

        var listing = new ListingClient(environment.Http);
        var bench = new PublishBench(environment.Drafts, listing);
        var burstPrefix = $"Bench burst{run} ";
        var burst = await bench.BurstAsync(corpus.Make("burst" + run, count, now.AddDays(-1)), burstPrefix, inFlight, cancellationToken);
        var ours = count / burst.TotalSeconds;

        // Each latency draft is dated after everything before it, so it lands on the first page when listed.
        var latencies = new List<TimeSpan>();
        foreach (var draft in corpus.Make("latency" + run, latencySamples, now.AddHours(-1)))
        {
            latencies.Add(await bench.UploadUntilListedAsync(draft, cancellationToken));
        }

        var pid = environment.Host.ProcessId;
        var idle = ProcessMemory.CurrentBytes(pid);
        var peakReset = ProcessMemory.ResetPeak(pid);
        var big = BigDraft(arguments.Text("big-draft"), run, now.AddMinutes(-5));
        var bigLatency = await bench.UploadUntilListedAsync(big, cancellationToken);
        var peak = ProcessMemory.PeakBytes(pid);

        Console.WriteLine($"| measurement | pipeline (local host) | raw storage floor | ratio |");
        Console.WriteLine($"| --- | ---: | ---: | ---: |");
        Console.WriteLine($"| {count:N0} drafts uploaded at once → all listed | {burst.TotalSeconds:0.00} s = **{ours:0} drafts/s** | {raw:0} drafts/s | {raw / ours:0.00}× the floor (target ≤ 3×) |");
        Console.WriteLine($"| one draft upload → listed, p50 ({latencySamples} uploads) | {Ms(Percentiles.Of(latencies, 50))} | | |");
        Console.WriteLine($"| one draft upload → listed, p99 ({latencySamples} uploads) | **{Ms(Percentiles.Of(latencies, 99))}** | | target < 2,000 ms |");
        Console.WriteLine($"| 5 MiB draft ({big.Content.Length / 1048576.0:0.00} MiB) upload → listed | {Ms(bigLatency)} | | |");
        Console.WriteLine($"| host working set idle → peak while publishing the 5 MiB draft | {Mib(idle)} → **{Mib(peak)}**{(peakReset ? "" : " (peak since start: clear_refs refused)")} | | |");
        return 0;
    }

    private static BenchDraft BigDraft(string file, string run, DateTimeOffset date)
    {
        var body = File.ReadAllText(file).Split("\n---\n", 2)[1];
        var title = $"Bench big{run}";
        var text = $"---\ntitle: \"{title}\"\ndate: {date:yyyy-MM-ddTHH:mm:ssZ}\ntags: [\"perf\"]\n---\n{body}";
        return new BenchDraft($"bench/big{run}.md", title, Encoding.UTF8.GetBytes(text));
    }

    private static string Ms(TimeSpan value) => $"{value.TotalMilliseconds:N0} ms";

    private static string Mib(long bytes) => $"{bytes / 1048576.0:0} MiB";
}
