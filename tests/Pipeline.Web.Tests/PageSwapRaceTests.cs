using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.TestSupport;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>
/// A page read racing a real publish: the handler has read the slug's row when the publisher writes the new page,
/// commits the row and deletes the old page, so the page the row named is gone by the time it is read. The reader
/// still gets the live answer, never a spurious 404.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class PageSwapRaceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Yesterday = DateTimeOffset.UtcNow.AddDays(-1);
    private WebTestHost _host = null!;

    private RacingPageStore Pages => _host.Services.GetRequiredService<RacingPageStore>();

    public async Task InitializeAsync() => _host = await WebTestHost.StartAsync(azurite, configureServices: RacingPageStore.Decorate);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_read_racing_a_republish_serves_the_new_page()
    {
        await _host.PublishAsync("swap.md", DraftText.Article("swap", Yesterday, body: "First version."));
        Pages.BeforeNextRead = () => _host.PublishAsync("swap.md", DraftText.Article("swap", Yesterday, body: "Second version."));

        var response = await _host.Client.GetAsync("/articles/swap");

        Assert.Null(Pages.BeforeNextRead); // the race did happen between the row read and the page read
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Second version.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_racing_a_rename_redirects_to_the_new_slug()
    {
        await _host.PublishAsync("moving.md", DraftText.Article("before-move", Yesterday));
        Pages.BeforeNextRead = () => _host.PublishAsync("moving.md", DraftText.Article("after-move", Yesterday));

        var response = await _host.Client.GetAsync("/articles/before-move");

        Assert.Null(Pages.BeforeNextRead);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/after-move", response.Headers.Location?.OriginalString);
    }
}
