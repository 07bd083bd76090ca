using System.Net;
using System.Net.Http.Json;
using Pipeline.Publishing.Api;
using Pipeline.TestSupport;
using Pipeline.Web.Http;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>What a slug answers over time: 200 while live, 301 after a rename, 410 after deletion, 404 if never used.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class SlugResolutionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Yesterday = DateTimeOffset.UtcNow.AddDays(-1);
    private WebTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WebTestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_live_article_serves_its_page_and_metadata_with_the_table_of_contents()
    {
        await _host.PublishAsync("tokyo.md", DraftText.Article("東京の秋", Yesterday, title: "東京の秋", tags: "旅行", body: "紅葉の名所。"));

        var page = await _host.Client.GetAsync("/articles/" + Uri.EscapeDataString("東京の秋"));
        var html = await page.Content.ReadAsStringAsync();
        var detail = await _host.Client.GetFromJsonAsync<ArticleDetailView>("/api/articles/" + Uri.EscapeDataString("東京の秋"), ApiJson.Options);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Contains("紅葉の名所。", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("東京の秋", detail!.Title);
        Assert.Equal(["旅行"], detail.Tags);
        Assert.Equal("/articles/" + Uri.EscapeDataString("東京の秋"), detail.Url);
        Assert.Equal("intro", Assert.Single(detail.Toc).Id);
    }

    [Fact]
    public async Task A_renamed_article_redirects_permanently_from_its_old_slug()
    {
        await _host.PublishAsync("rename.md", DraftText.Article("old-name", Yesterday));
        await _host.PublishAsync("rename.md", DraftText.Article("new-name", Yesterday));

        var page = await _host.Client.GetAsync("/articles/old-name");
        var api = await _host.Client.GetAsync("/api/articles/old-name");

        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal("/articles/new-name", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, api.StatusCode);
        Assert.Equal("/api/articles/new-name", api.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync("/articles/new-name")).StatusCode);
    }

    [Fact]
    public async Task A_deleted_article_is_gone_from_page_api_and_listing()
    {
        await _host.PublishAsync("doomed.md", DraftText.Article("doomed", Yesterday));
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync("/articles/doomed")).StatusCode);

        await _host.DeleteAsync("doomed.md");

        Assert.Equal(HttpStatusCode.Gone, (await _host.Client.GetAsync("/articles/doomed")).StatusCode);
        var api = await _host.Client.GetAsync("/api/articles/doomed");
        Assert.Equal(HttpStatusCode.Gone, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var listing = await _host.Client.GetFromJsonAsync<ArticleListView>("/api/articles", ApiJson.Options);
        Assert.DoesNotContain(listing!.Items, item => item.Slug == "doomed");
    }

    [Fact]
    public async Task An_unknown_slug_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.GetAsync("/articles/never-published")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.GetAsync("/api/articles/never-published")).StatusCode);
    }
}
