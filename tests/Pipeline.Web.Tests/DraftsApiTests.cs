using System.Net.Http.Json;
using System.Text.Json;
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
        Assert.All(drafts.Values, draft => Assert.Empty(draft.Warnings));
    }

    [Fact]
    public async Task A_draft_published_with_warnings_stays_published_and_lists_them_with_their_lines()
    {
        await _host.PublishAsync("formulas.md", "title: Formulas\nslug: formulas\nwarnings: 7 math: '\\frac{' does not parse | 12 image 'fig.png' not found\n\nText.\n");

        using var json = JsonDocument.Parse(await _host.Client.GetStringAsync("/api/drafts"));

        var draft = Assert.Single(json.RootElement.GetProperty("drafts").EnumerateArray());
        Assert.Equal("published", draft.GetProperty("state").GetString());
        Assert.False(draft.TryGetProperty("error", out _));
        Assert.False(draft.TryGetProperty("omittedWarnings", out _));
        var warnings = draft.GetProperty("warnings").EnumerateArray().ToList();
        Assert.Equal([7, 12], warnings.Select(w => w.GetProperty("line").GetInt32()));
        Assert.Equal(["math: '\\frac{' does not parse", "image 'fig.png' not found"], warnings.Select(w => w.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task More_warnings_than_a_row_keeps_are_counted()
    {
        var many = string.Join(" | ", Enumerable.Range(1, 23).Select(line => $"{line} problem {line}"));
        await _host.PublishAsync("many.md", $"title: Many\nslug: many\nwarnings: {many}\n\nText.\n");

        var draft = Assert.Single((await _host.Client.GetFromJsonAsync<DraftListView>("/api/drafts", ApiJson.Options))!.Drafts);

        Assert.Equal(20, draft.Warnings.Count);
        Assert.Equal(3, draft.OmittedWarnings);
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
