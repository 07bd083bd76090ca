using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Pipeline.Publishing.Api;

namespace Pipeline.Bench.E2e;

/// <summary>
/// A pathological draft uploaded at the same moment as a normal one, on the real local host: how long until the
/// pathological one is failed with its reason in <c>/api/drafts</c> and the normal one is published, and how much CPU
/// the host spent on the pair — against a normal draft uploaded beside another normal one. Each case runs
/// <c>--repeat</c> times (median); nothing is asserted, the numbers go to docs/benchmarks.md.
/// </summary>
public static class PathologicalScenario
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What is uploaded beside the normal draft of round <c>n</c>.</summary>
    private static readonly (string Name, Func<int, string> Text)[] Cases =
    [
        ("a normal draft (baseline)", round => Normal($"Baseline partner {round}")),
        ("`<div>` ×1,000,000 (5 MB)", _ => "---\ntitle: Divs\n---\n" + Repeat("<div>", 1_000_000)),
        ("YAML nested 70 levels", _ => "---\ntitle: x\nextra: " + Repeat("{a: ", 70) + "1" + Repeat("}", 70) + "\n---\nbody\n"),
        ("`[` ×100,000", _ => "---\ntitle: Brackets\n---\n" + Repeat("[", 100_000)),
    ];

    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var repeat = arguments.Number("repeat", 5);
        await using var environment = await BenchEnvironment.StartAsync(arguments.Text("host-dll"), cancellationToken);
        var host = Process.GetProcessById(environment.Host.ProcessId);
        Console.WriteLine("| uploaded beside a normal draft | normal draft upload → published (median) | other draft upload → its state (median) | its state and reason in `/api/drafts` | host CPU for the pair (median) |");
        Console.WriteLine("| --- | ---: | ---: | --- | ---: |");
        var round = 0;
        foreach (var (name, text) in Cases)
        {
            var normal = new List<TimeSpan>();
            var other = new List<TimeSpan>();
            var cpu = new List<TimeSpan>();
            var state = string.Empty;
            for (var i = 0; i < repeat; i++)
            {
                round++;
                var result = await PairAsync(environment, host, round, text(round), cancellationToken);
                normal.Add(result.Normal);
                other.Add(result.Other);
                cpu.Add(result.Cpu);
                state = result.State;
            }

            Console.WriteLine($"| {name} | {Ms(Percentiles.Of(normal, 50))} | {Ms(Percentiles.Of(other, 50))} | {state} | {Ms(Percentiles.Of(cpu, 50))} |");
        }

        return 0;
    }

    private static async Task<(TimeSpan Normal, TimeSpan Other, TimeSpan Cpu, string State)> PairAsync(
        BenchEnvironment environment, Process host, int round, string otherText, CancellationToken cancellationToken)
    {
        var normalPath = $"patho/{round}-normal.md";
        var otherPath = $"patho/{round}-other.md";
        var drafts = environment.Drafts;
        await drafts.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        host.Refresh();
        var cpuBefore = host.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(
            UploadAsync(drafts, normalPath, Normal($"Normal {round}"), cancellationToken),
            UploadAsync(drafts, otherPath, otherText, cancellationToken));

        TimeSpan? normalDone = null, otherDone = null;
        var state = string.Empty;
        while (normalDone is null || otherDone is null)
        {
            var rows = (await environment.Http.GetFromJsonAsync<DraftListView>("/api/drafts", Json, cancellationToken))!.Drafts;
            if (normalDone is null && rows.FirstOrDefault(row => row.Path == normalPath) is { State: "published" })
            {
                normalDone = clock.Elapsed;
            }

            if (otherDone is null && rows.FirstOrDefault(row => row.Path == otherPath) is { State: not "pending" } row)
            {
                otherDone = clock.Elapsed;
                state = row.Error is { } error ? $"{row.State} `{error.Kind}`: {error.Message}" : row.State;
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException($"round {round}: not settled after 5 minutes");
            }

            await Task.Delay(20, cancellationToken);
        }

        host.Refresh();
        return (normalDone.Value, otherDone.Value, host.TotalProcessorTime - cpuBefore, state.Replace("|", "\\|", StringComparison.Ordinal));
    }

    private static Task UploadAsync(BlobContainerClient drafts, string path, string text, CancellationToken cancellationToken) =>
        drafts.GetBlobClient(path).UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(text)), overwrite: true, cancellationToken);

    private static string Normal(string title) =>
        $"---\ntitle: \"{title}\"\ntags: [bench]\n---\n\n" + string.Concat(Enumerable.Repeat("A paragraph of an ordinary article, with *emphasis* and a [link](https://example.com/).\n\n", 40));

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Ms(TimeSpan value) => $"{value.TotalMilliseconds:N0} ms";
}
