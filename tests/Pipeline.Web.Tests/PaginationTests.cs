using System.Net.Http.Json;
using Pipeline.Publishing.Api;
using Pipeline.Publishing.Stores;
using Pipeline.TestSupport;
using Pipeline.Web.Http;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>
/// Walking <c>/api/articles</c> page by page over 250 published articles: every article exactly once, newest
/// first, ties (equal dates) in a stable order; the same for one tag's listing; cursors cannot cross listings.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class PaginationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int ArticleCount = 250;
    private const string TravelTag = "旅行";
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The 250 articles are published once for all tests of this class (xunit makes an instance per test).</summary>
    private static readonly SemaphoreSlim CorpusLock = new(1, 1);
    private static WebTestHost? Corpus;

    private WebTestHost _host = null!;

    public async Task InitializeAsync()
    {
        await CorpusLock.WaitAsync();
        try
        {
            _host = Corpus ??= await PublishCorpusAsync(azurite);
        }
        finally
        {
            CorpusLock.Release();
        }
    }

    /// <summary>The shared host lives as long as the test process; its storage is this class's alone.</summary>
    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<WebTestHost> PublishCorpusAsync(AzuriteFixture azurite)
    {
        var started = await WebTestHost.StartAsync(azurite);
        await Parallel.ForEachAsync(Enumerable.Range(0, ArticleCount), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var result = await started.PublishAsync($"posts/post-{i:D3}.md", DraftText.Article(Slug(i), DateOf(i), title: $"Post {i}", tags: i % 3 == 0 ? $"{TravelTag}, misc" : "misc"));
            Assert.Equal(Pipeline.Publishing.PublishOutcome.Published, result.Outcome);
        });
        return started;
    }

    [Theory]
    [InlineData(7)]
    [InlineData(100)]
    public async Task Walking_every_page_returns_each_article_exactly_once_newest_first(int limit)
    {
        var (items, pages) = await WalkAsync($"?limit={limit}");

        Assert.Equal(Expected(_ => true), items.Select(item => item.Slug));
        Assert.Equal((ArticleCount + limit - 1) / limit, pages);
    }

    [Fact]
    public async Task The_default_page_holds_twenty()
    {
        var page = await _host.Client.GetFromJsonAsync<ArticleListView>("/api/articles", ApiJson.Options);

        Assert.Equal(InputRules.DefaultLimit, page!.Items.Count);
        Assert.NotNull(page.NextCursor);
    }

    [Fact]
    public async Task A_tag_listing_walks_only_that_tag_in_the_same_order()
    {
        var (items, _) = await WalkAsync($"?limit=9&tag={Uri.EscapeDataString(TravelTag)}");

        Assert.Equal(Expected(i => i % 3 == 0), items.Select(item => item.Slug));
        Assert.All(items, item => Assert.Contains(TravelTag, item.Tags));
    }

    [Fact]
    public async Task A_cursor_is_refused_by_another_listing()
    {
        var tagPage = await _host.Client.GetFromJsonAsync<ArticleListView>($"/api/articles?limit=5&tag={Uri.EscapeDataString(TravelTag)}", ApiJson.Options);
        var allPage = await _host.Client.GetFromJsonAsync<ArticleListView>("/api/articles?limit=5", ApiJson.Options);

        await ProblemAssert.IsBadRequestAsync(await _host.Client.GetAsync($"/api/articles?cursor={tagPage!.NextCursor}"));
        await ProblemAssert.IsBadRequestAsync(await _host.Client.GetAsync($"/api/articles?tag=misc&cursor={tagPage.NextCursor}"));
        await ProblemAssert.IsBadRequestAsync(await _host.Client.GetAsync($"/api/articles?tag={Uri.EscapeDataString(TravelTag)}&cursor={allPage!.NextCursor}"));
    }

    [Fact]
    public async Task A_tampered_cursor_is_refused()
    {
        var page = await _host.Client.GetFromJsonAsync<ArticleListView>("/api/articles?limit=5", ApiJson.Options);
        var cursor = page!.NextCursor!;
        var position = cursor.Length / 2;
        var tampered = cursor[..position] + (cursor[position] == 'A' ? 'B' : 'A') + cursor[(position + 1)..];

        await ProblemAssert.IsBadRequestAsync(await _host.Client.GetAsync($"/api/articles?limit=5&cursor={tampered}"));
    }

    [Fact]
    public async Task A_cursor_works_with_a_different_page_size()
    {
        var first = await _host.Client.GetFromJsonAsync<ArticleListView>("/api/articles?limit=5", ApiJson.Options);
        var rest = await _host.Client.GetFromJsonAsync<ArticleListView>($"/api/articles?limit=3&cursor={first!.NextCursor}", ApiJson.Options);

        Assert.Equal(Expected(_ => true).Skip(5).Take(3), rest!.Items.Select(item => item.Slug));
    }

    private async Task<(List<ArticleSummary> Items, int Pages)> WalkAsync(string query)
    {
        var items = new List<ArticleSummary>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var url = "/api/articles" + query + (cursor is null ? "" : "&cursor=" + cursor);
            var page = await _host.Client.GetFromJsonAsync<ArticleListView>(url, ApiJson.Options);
            items.AddRange(page!.Items);
            cursor = page.NextCursor;
            pages++;
            Assert.True(pages <= ArticleCount, "the cursor chain does not end");
        }
        while (cursor is not null);

        return (items, pages);
    }

    /// <summary>Newest first; articles sharing a date (every tenth shares its predecessor's) in slug order.</summary>
    private static IEnumerable<string> Expected(Func<int, bool> include) =>
        Enumerable.Range(0, ArticleCount).Where(include)
            .OrderByDescending(DateOf).ThenBy(Slug, StringComparer.Ordinal)
            .Select(Slug);

    private static string Slug(int i) => $"post-{i:D3}";

    private static DateTimeOffset DateOf(int i) => Start.AddHours(i % 10 == 0 && i > 0 ? i - 1 : i);
}
