using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Publishing.Tests;

/// <summary>
/// The listing cache in front of the real index on Azurite: storage queries are counted on the wire (an SDK
/// pipeline policy), time is a manual clock, and a gate can hold a query's response to order it against a commit.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ListingCacheTests(AzuriteFixture azurite)
{
    private static readonly ArticleQuery FirstPage = new(20);

    [Fact]
    public async Task Repeated_first_page_reads_query_storage_once()
    {
        var (services, wire, _) = await StartAsync();
        await using var _1 = services;
        var index = services.GetRequiredService<IArticleIndex>();
        await PublishAsync(index, "one", 1);

        var pages = new List<ArticlePage>();
        for (var i = 0; i < 5; i++)
        {
            pages.Add(await index.ListAsync(FirstPage));
        }

        Assert.Equal(1, wire.Queries);
        Assert.All(pages, page => Assert.Equal(["one"], page.Items.Select(item => item.Slug)));
    }

    [Fact]
    public async Task A_commit_in_this_process_shows_in_the_next_read()
    {
        var (services, wire, _) = await StartAsync();
        await using var _1 = services;
        var index = services.GetRequiredService<IArticleIndex>();
        await PublishAsync(index, "older", 1);
        Assert.Single((await index.ListAsync(FirstPage)).Items);

        await PublishAsync(index, "newer", 2);

        Assert.Equal(["newer", "older"], (await index.ListAsync(FirstPage)).Items.Select(item => item.Slug));
        Assert.Equal(2, wire.Queries);
    }

    [Fact]
    public async Task A_page_expires_after_its_lifetime()
    {
        var (services, wire, clock) = await StartAsync(cacheSeconds: 5);
        await using var _1 = services;
        var index = services.GetRequiredService<IArticleIndex>();

        await index.ListAsync(FirstPage);
        clock.Advance(TimeSpan.FromSeconds(4.9));
        await index.ListAsync(FirstPage);
        Assert.Equal(1, wire.Queries);

        clock.Advance(TimeSpan.FromSeconds(0.2));
        await index.ListAsync(FirstPage);
        Assert.Equal(2, wire.Queries);
    }

    [Fact]
    public async Task Concurrent_reads_of_a_cold_page_share_one_query()
    {
        var (services, wire, _) = await StartAsync();
        await using var _1 = services;
        var index = services.GetRequiredService<IArticleIndex>();
        await PublishAsync(index, "one", 1);

        var gate = wire.HoldNextQuery();
        var readers = Enumerable.Range(0, 10).Select(_ => index.ListAsync(FirstPage)).ToList();
        await wire.QueryHeld;
        gate.SetResult();
        var pages = await Task.WhenAll(readers);

        Assert.Equal(1, wire.Queries);
        Assert.All(pages, page => Assert.Equal("one", Assert.Single(page.Items).Slug));
    }

    [Fact]
    public async Task A_page_read_before_a_commit_finished_is_not_served_after_it()
    {
        var (services, wire, _) = await StartAsync();
        await using var _1 = services;
        var index = services.GetRequiredService<IArticleIndex>();
        await PublishAsync(index, "older", 1);

        var gate = wire.HoldNextQuery();
        var early = index.ListAsync(FirstPage);
        await wire.QueryHeld; // the storage answered with the state before the commit below
        await PublishAsync(index, "newer", 2);
        gate.SetResult();
        Assert.Equal(["older"], (await early).Items.Select(item => item.Slug));

        Assert.Equal(["newer", "older"], (await index.ListAsync(FirstPage)).Items.Select(item => item.Slug));
    }

    [Fact]
    public async Task Each_query_shape_is_its_own_page_and_zero_seconds_turns_the_cache_off()
    {
        var (cached, cachedWire, _) = await StartAsync();
        await using (cached)
        {
            var index = cached.GetRequiredService<IArticleIndex>();
            await index.ListAsync(new ArticleQuery(1));
            await index.ListAsync(new ArticleQuery(2));
            await index.ListAsync(new ArticleQuery(2, Tag: "perf"));
            await index.ListAsync(new ArticleQuery(2));
            Assert.Equal(3, cachedWire.Queries);
        }

        var (uncached, uncachedWire, _) = await StartAsync(cacheSeconds: 0);
        await using (uncached)
        {
            var index = uncached.GetRequiredService<IArticleIndex>();
            await index.ListAsync(FirstPage);
            await index.ListAsync(FirstPage);
            Assert.Equal(2, uncachedWire.Queries);
        }
    }

    private async Task<(ServiceProvider Services, TableWire Wire, ManualClock Clock)> StartAsync(int cacheSeconds = 5)
    {
        var storage = azurite.CreateStorage();
        var wire = new TableWire(storage.ArticlesTable);
        var clock = new ManualClock();
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(wire, HttpPipelinePosition.PerCall);
        var services = await storage.StartServicesAsync(
            configure: s =>
            {
                s.Replace(ServiceDescriptor.Singleton(new TableServiceClient(storage.ConnectionString, tableOptions)));
                s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            },
            overrides: new Dictionary<string, string?> { [$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.ListingCacheSeconds)}"] = $"{cacheSeconds}" });
        return (services, wire, clock);
    }

    /// <summary>Commits an article the way a publish does (slug row plus listing rows), dated <paramref name="day"/> days into 2025.</summary>
    private static async Task PublishAsync(IArticleIndex index, string slug, int day)
    {
        var date = new DateTimeOffset(2025, 1, day, 0, 0, 0, TimeSpan.Zero);
        var summary = new ArticleSummary(slug, slug, "excerpt", "en", date, null, ["perf"], 1, "/articles/" + slug);
        var record = new SlugRecord { Slug = slug, State = SlugState.Article, Owner = slug + ".md", Summary = summary, SortDate = date, TagKeys = ["perf"], PageBlob = slug + "/v.html" };
        Assert.True(await index.TryCommitAsync(new IndexCommit(null, null, [new SlugChange(null, record)])));
    }

    /// <summary>Counts range queries against the articles table and can hold the next one's response.</summary>
    private sealed class TableWire(string table) : HttpPipelinePolicy
    {
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource? _gate;
        private int _queries;

        public int Queries => Volatile.Read(ref _queries);

        /// <summary>Completes when a held query's response arrived (bounded, so a broken match fails instead of hanging).</summary>
        public Task QueryHeld => _held.Task.WaitAsync(TimeSpan.FromSeconds(60));

        public TaskCompletionSource HoldNextQuery() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("the index only calls storage asynchronously");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            var uri = message.Request.Uri.ToString();
            if (message.Request.Method != RequestMethod.Get || !uri.Contains("/" + table + "()", StringComparison.Ordinal) || !uri.Contains("filter=", StringComparison.Ordinal))
            {
                return;
            }

            Interlocked.Increment(ref _queries);
            if (Interlocked.Exchange(ref _gate, null) is { } waitFor)
            {
                _held.TrySetResult();
                await waitFor.Task;
            }
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
