using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pipeline.Assets;
using Pipeline.Publishing.Api;
using Pipeline.TestSupport;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>
/// <c>/assets/{hash}/{file}</c> as both hosts map it: the published bytes with immutable caching, a strong ETag
/// answered with 304 before storage is touched, the stored type, <c>nosniff</c>, and a sandbox policy on SVG;
/// <c>/api/assets</c> reports refusals with their reasons.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class AssetServingTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WebTestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_published_image_and_its_variants_are_served_immutable_with_their_type_and_a_strong_etag()
    {
        var png = TestImages.Png(600, 400);
        await _host.PublishAsync("images/fig.png", png);
        var hash = AssetAddress.Hash(png);

        var response = await _host.Client.GetAsync($"/assets/{hash}/fig.png");
        var variant = await _host.Client.GetAsync($"/assets/{hash}/fig-480w.webp");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
        Assert.Equal("image/webp", variant.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(response.Headers.ETag, variant.Headers.ETag);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, $"/assets/{hash}/fig.png");
        revalidation.Headers.IfNoneMatch.Add(response.Headers.ETag);
        var notModified = await _host.Client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(response.Headers.ETag, notModified.Headers.ETag);
    }

    [Fact]
    public async Task An_svg_is_served_sanitised_and_sandboxed()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>"u8.ToArray();
        await _host.PublishAsync("static/img/x.svg", svg);

        var response = await _host.Client.GetAsync($"/assets/{AssetAddress.Hash(svg)}/x.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sandbox", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.DoesNotContain("script", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assets/0123456789abcdef0123456789abcdef/none.png")]
    [InlineData("/assets/not-a-hash/fig.png")]
    [InlineData("/assets/0123456789ABCDEF0123456789ABCDEF/fig.png")]
    [InlineData("/assets/0123456789abcdef0123456789abcdef/..%2Fsecret")]
    public async Task A_name_that_is_not_published_is_not_found(string path)
    {
        var response = await _host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_assets_api_lists_published_refused_and_pending_assets_and_the_drafts_api_does_not()
    {
        await _host.PublishAsync("images/good.png", TestImages.Png(100, 50));
        await _host.PublishAsync("images/bomb.png", TestImages.PngClaiming(30000, 30000));
        await _host.UploadAsync("images/later.gif", "GIF89a");

        var assets = (await _host.Client.GetFromJsonAsync<AssetListView>("/api/assets", new JsonSerializerOptions(JsonSerializerDefaults.Web)))!.Assets;
        var drafts = await _host.Client.GetStringAsync("/api/drafts");

        Assert.Equal(["images/bomb.png", "images/good.png", "images/later.gif"], assets.Select(a => a.Path));
        var bomb = assets[0];
        Assert.Equal(("failed", "TooManyPixels"), (bomb.State, bomb.Error?.Kind));
        Assert.Contains("30000×30000", bomb.Error!.Message, StringComparison.Ordinal);
        var good = assets[1];
        Assert.Equal(("published", 100, 50), (good.State, good.Width, good.Height));
        Assert.StartsWith("/assets/", good.Url, StringComparison.Ordinal);
        Assert.Equal("pending", assets[2].State);
        Assert.DoesNotContain("images/", drafts, StringComparison.Ordinal);
    }
}
