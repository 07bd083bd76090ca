using System.Net;
using Pipeline.TestSupport;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>Strong ETags and 304s: a client revalidating an unchanged resource gets no body; a change gets a new tag.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ConditionalRequestTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Yesterday = DateTimeOffset.UtcNow.AddDays(-1);
    private WebTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await WebTestHost.StartAsync(azurite);
        await _host.PublishAsync("first.md", DraftText.Article("first", Yesterday));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles?limit=1")]
    [InlineData("/api/articles/first")]
    [InlineData("/articles/first")]
    [InlineData("/api/drafts")]
    public async Task Revalidating_an_unchanged_resource_is_304_without_a_body(string url)
    {
        var first = await _host.Client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Headers.CacheControl);

        var second = await SendAsync(url, etag.Tag);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/articles/first")]
    public async Task Head_answers_the_same_validators_without_a_body(string url)
    {
        var get = await _host.Client.GetAsync(url);
        var head = await _host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_weak_or_listed_validator_matches_too_and_a_stale_one_does_not()
    {
        var etag = (await _host.Client.GetAsync("/api/articles")).Headers.ETag!.Tag;

        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync("/api/articles", "\"other\", W/" + etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync("/api/articles", "*")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("/api/articles", "\"stale\"")).StatusCode);
    }

    [Fact]
    public async Task Publishing_changes_the_listing_and_page_validators()
    {
        var listingTag = (await _host.Client.GetAsync("/api/articles")).Headers.ETag!.Tag;
        var pageTag = (await _host.Client.GetAsync("/articles/first")).Headers.ETag!.Tag;

        await _host.PublishAsync("second.md", DraftText.Article("second", Yesterday.AddHours(1)));
        await _host.PublishAsync("first.md", DraftText.Article("first", Yesterday, body: "Revised text."));

        var listing = await SendAsync("/api/articles", listingTag);
        var page = await SendAsync("/articles/first", pageTag);
        Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
        Assert.NotEqual(listingTag, listing.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Revised text.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SendAsync(string url, string ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return _host.Client.SendAsync(request);
    }
}
