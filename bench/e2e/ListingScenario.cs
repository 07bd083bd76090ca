using System.Diagnostics;
using Pipeline.Publishing.Stores;

namespace Pipeline.Bench.E2e;

/// <summary>
/// Listing under load: with 1,000 and then 10,000 articles in the index, the first page's storage cost
/// (one range query, uncached) and wrk against <c>/api/articles</c> and <c>/</c> (served from the listing cache),
/// plus the host's peak working set under that load.
/// </summary>
public static class ListingScenario
{
    private const int QuerySamples = 200;

    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var duration = TimeSpan.FromSeconds(arguments.Number("duration", 10));
        var connections = arguments.Number("connections", 32);
        var sizes = arguments.Text("articles", "1000,10000").Split(',').Select(int.Parse).ToArray();

        await using var environment = await BenchEnvironment.StartAsync(arguments.Text("host-dll"), cancellationToken);
        var seeder = new ListingSeeder(environment.Index);
        var pid = environment.Host.ProcessId;
        var seeded = 0;
        var rows = new List<(int Articles, TimeSpan Query, WrkResult Api, WrkResult? Home, long Peak)>();
        foreach (var size in sizes)
        {
            var seeding = Stopwatch.StartNew();
            await seeder.SeedAsync(seeded, size, 16, cancellationToken);
            Console.Error.WriteLine($"seeded {size - seeded} articles in {seeding.Elapsed.TotalSeconds:0.0} s");
            seeded = size;

            var query = await FirstPageQueryAsync(environment.Index, cancellationToken);
            await environment.Http.GetStringAsync("api/articles?limit=20", cancellationToken); // warm the cache and the JIT
            // The reader's index page comes with the site's mapping; a host without it answers 404 and is not measured.
            using var index = await environment.Http.GetAsync("", cancellationToken);
            ProcessMemory.ResetPeak(pid);
            var api = await Wrk.RunAsync(new Uri(environment.Host.BaseAddress, "api/articles?limit=20").ToString(), 2, connections, duration, cancellationToken);
            var home = index.IsSuccessStatusCode ? await Wrk.RunAsync(environment.Host.BaseAddress.ToString(), 2, connections, duration, cancellationToken) : null;
            rows.Add((size, query, api, home, ProcessMemory.PeakBytes(pid)));
        }

        Console.WriteLine($"| articles | first page from storage (median of {QuerySamples}, uncached) | `/api/articles` req/s | p50 | p99 | `/` req/s | p50 | p99 | host peak working set |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (articles, query, api, home, peak) in rows)
        {
            var homeCells = home is null ? "not served (404) | | " : $"{home.RequestsPerSecond:N0} | {Ms(home.P50)} | {Ms(home.P99)}";
            Console.WriteLine($"| {articles:N0} | {query.TotalMilliseconds:0.00} ms | **{api.RequestsPerSecond:N0}** | {Ms(api.P50)} | **{Ms(api.P99)}** | {homeCells} | {peak / 1048576.0:0} MiB |");
            var bad = api.BadResponses + api.SocketErrors + (home?.BadResponses ?? 0) + (home?.SocketErrors ?? 0);
            if (bad > 0)
            {
                Console.WriteLine($"|  | non-2xx responses or socket errors: {bad} | | | | | | | |");
            }
        }

        if (rows.Count >= 2)
        {
            var (first, last) = (rows[0], rows[^1]);
            Console.WriteLine();
            Console.WriteLine($"first-page cost {last.Articles:N0} vs {first.Articles:N0} articles: storage query {last.Query / first.Query:0.00}×, " +
                $"API req/s {last.Api.RequestsPerSecond / first.Api.RequestsPerSecond:0.00}× (flat = within 0.80–1.20×)");
        }

        return 0;
    }

    private static async Task<TimeSpan> FirstPageQueryAsync(IArticleIndex index, CancellationToken cancellationToken)
    {
        var samples = new List<TimeSpan>(QuerySamples);
        for (var i = 0; i < QuerySamples + 10; i++)
        {
            var clock = Stopwatch.StartNew();
            await index.ListAsync(new ArticleQuery(20), cancellationToken);
            if (i >= 10)
            {
                samples.Add(clock.Elapsed);
            }
        }

        return Percentiles.Of(samples, 50);
    }

    private static string Ms(TimeSpan value) => $"{value.TotalMilliseconds:0.0} ms";
}
