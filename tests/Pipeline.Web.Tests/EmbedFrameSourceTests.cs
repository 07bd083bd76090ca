using System.Net;
using Pipeline.TestSupport;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>A page's CSP lets frames load from exactly the origins its embeds need, and from nowhere otherwise.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class EmbedFrameSourceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WebTestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_page_with_a_youtube_embed_allows_only_that_frame_source_also_on_304()
    {
        await _host.PublishAsync("video.md", "title: Video\nslug: video\ndate: 2025-01-01\nframes: https://www.youtube-nocookie.com\n\nA video.");

        var page = await _host.Client.GetAsync("/articles/video");
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.EndsWith("; frame-src https://www.youtube-nocookie.com", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", policy, StringComparison.Ordinal);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/articles/video");
        revalidate.Headers.TryAddWithoutValidation("If-None-Match", page.Headers.ETag!.Tag);
        var notModified = await _host.Client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(policy, notModified.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_stored_source_that_is_not_a_plain_https_origin_never_reaches_the_header()
    {
        await _host.PublishAsync("odd.md", "title: Odd\nslug: odd\ndate: 2025-01-01\nframes: * 'unsafe-inline' http://a.example https://b.example/path;script-src\n\nOdd.");

        var page = await _host.Client.GetAsync("/articles/odd");
        Assert.EndsWith("; frame-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_without_a_player_allow_no_frames()
    {
        await _host.PublishAsync("card.md", "title: Card\nslug: card\ndate: 2025-01-01\n\nA card.");

        var page = await _host.Client.GetAsync("/articles/card");
        Assert.EndsWith("; frame-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
