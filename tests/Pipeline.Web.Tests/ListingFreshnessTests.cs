using Pipeline.TestSupport;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>
/// The first listing page is served from the listing cache (and its rendered body kept with it), yet a publish in
/// this process shows on the very next request, in the JSON API and on the reader's index page alike.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ListingFreshnessTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Day = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/")]
    public async Task A_publish_shows_on_the_next_request_and_repeats_in_between_are_identical(string path)
    {
        await using var host = await WebTestHost.StartAsync(azurite, withSite: true);
        await host.PublishAsync("first.md", DraftText.Article("first", Day, title: "First article"));

        var before = await host.Client.GetAsync(path);
        var again = await host.Client.GetAsync(path);
        var beforeBody = await before.Content.ReadAsStringAsync();
        Assert.Contains("First article", beforeBody, StringComparison.Ordinal);
        Assert.Equal(beforeBody, await again.Content.ReadAsStringAsync());
        Assert.Equal(before.Headers.ETag, again.Headers.ETag);

        await host.PublishAsync("second.md", DraftText.Article("second", Day.AddDays(1), title: "Second article"));

        var after = await host.Client.GetAsync(path);
        var afterBody = await after.Content.ReadAsStringAsync();
        Assert.Contains("Second article", afterBody, StringComparison.Ordinal);
        Assert.True(afterBody.IndexOf("Second article", StringComparison.Ordinal) < afterBody.IndexOf("First article", StringComparison.Ordinal));
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }
}
