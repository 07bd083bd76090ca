using System.Net.Http.Json;
using Pipeline.Publishing.Api;
using Pipeline.TestSupport;
using Pipeline.Web.Http;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary><c>/api/drafts</c> tells an author where every draft stands and why one did not publish.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class DraftsApiTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WebTestHost.StartAsync(azurite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Each_state_is_reported_and_a_failed_draft_keeps_its_last_good_page()
    {
        await _host.PublishAsync("live.md", DraftText.Article("live", DateTimeOffset.UtcNow.AddDays(-1)));
        await _host.PublishAsync("later.md", DraftText.Article("later", DateTimeOffset.UtcNow.AddDays(30)));
        await _host.PublishAsync("broken.md", DraftText.Article("broken", DateTimeOffset.UtcNow.AddDays(-2), body: "First version."));
        await _host.PublishAsync("broken.md", "   ");
        await _host.UploadAsync("waiting.md", DraftText.Article("waiting", DateTimeOffset.UtcNow));

        var drafts = (await _host.Client.GetFromJsonAsync<DraftListView>("/api/drafts", ApiJson.Options))!.Drafts.ToDictionary(d => d.Path);

        Assert.Equal(["broken.md", "later.md", "live.md", "waiting.md"], drafts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("published", drafts["live.md"].State);
        Assert.Equal("/articles/live", drafts["live.md"].Url);
        Assert.Equal("scheduled", drafts["later.md"].State);
        Assert.NotNull(drafts["later.md"].DueAt);
        Assert.Equal("failed", drafts["broken.md"].State);
        Assert.Equal("Empty", drafts["broken.md"].Error?.Kind);
        Assert.Contains("empty", drafts["broken.md"].Error?.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/articles/broken", drafts["broken.md"].Url);
        Assert.Equal("pending", drafts["waiting.md"].State);
        Assert.Contains("First version.", await _host.Client.GetStringAsync("/articles/broken"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_whose_path_is_too_long_to_key_is_failed_with_its_reason_not_pending()
    {
        var path = "archive/" + new string('p', Publishing.Stores.IndexKeys.MaxPathLength) + ".md";
        await _host.PublishAsync(path, DraftText.Article("long", DateTimeOffset.UtcNow.AddDays(-1)));

        var drafts = (await _host.Client.GetFromJsonAsync<DraftListView>("/api/drafts", ApiJson.Options))!.Drafts;

        var draft = Assert.Single(drafts, d => d.Path == path);
        Assert.Equal("failed", draft.State);
        Assert.Equal("PathTooLong", draft.Error?.Kind);
        Assert.Contains("rename the draft", draft.Error?.Message, StringComparison.Ordinal);
    }
}
