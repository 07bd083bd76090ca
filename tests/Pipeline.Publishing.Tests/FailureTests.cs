using System.Text;
using Pipeline.Publishing.Configuration;
using Pipeline.Rendering.Configuration;

namespace Pipeline.Publishing.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class FailureTests(AzuriteFixture azurite)
{
    public static TheoryData<DraftErrorKind, string, string, int?> BadDrafts => new()
    {
        // kind, draft path, content, expected line
        { DraftErrorKind.FrontMatter, "a.md", "---\ntitle: Good\nthis line has no colon\n---\nbody", 3 },
        { DraftErrorKind.FrontMatter, "a.md", "---\ntitle: never closed\nbody", 1 },
        { DraftErrorKind.Empty, "a.md", "   \n\n", null },
        { DraftErrorKind.NotText, "a.md", "\u00ff\u00fe\u0000binary", null },
        { DraftErrorKind.TooLarge, "a.md", "---\ntitle: Huge\n---\n" + new string('x', 5000), null },
        { DraftErrorKind.InvalidSlug, "a.md", Draft("Long slug", slug: new string('s', 500)), null },
        { DraftErrorKind.RenderFailed, "a.md", "---\ntitle: explode\n---\nbody", null },
    };

    /// <summary>The start of a PNG file: binary, not text in any encoding.</summary>
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task A_permanent_failure_is_recorded_readably_and_the_last_good_page_stays_live(DraftErrorKind kind, string path, string content, int? line)
    {
        await using var h = await StartAsync(azurite, new Dictionary<string, string?>
        {
            [$"{PipelineNames.OptionsSection}:{nameof(RenderingOptions.MaxDraftBytes)}"] = "4096",
        });
        await h.UploadAndPublishAsync(path, Draft("Good version", slug: "a"));
        h.Renderer.Crashes = source => Encoding.UTF8.GetString(source.Content.Span).Contains("explode", StringComparison.Ordinal);
        var bytes = kind == DraftErrorKind.NotText ? Png : Encoding.UTF8.GetBytes(content);
        var badETag = await h.UploadAsync(path, bytes);

        var first = await h.Publisher.PublishAsync(path);
        var again = await h.Publisher.PublishAsync(path); // the trigger or reconcile delivering it once more

        Assert.Equal(PublishOutcome.Failed, first.Outcome);
        Assert.Equal(PublishOutcome.Failed, again.Outcome);
        var status = await h.Statuses.GetAsync(path);
        Assert.NotNull(status);
        Assert.Equal(DraftState.Failed, status.State);
        Assert.Equal(kind, status.ErrorKind);
        Assert.Equal(badETag, status.ETag);
        Assert.Equal(line, status.Line);
        if (line is not null)
        {
            Assert.StartsWith($"line {line}:", status.Message, StringComparison.Ordinal);
        }

        Assert.False(string.IsNullOrWhiteSpace(status.Message));
        Assert.Equal(2, status.Attempts);
        Assert.True(status.LastSeen >= status.FirstSeen);
        Assert.Equal("a", status.LiveSlug);
        Assert.Contains("Good version", await h.LivePageAsync("a"), StringComparison.Ordinal);
        Assert.Equal("Good version", Assert.Single(await h.ListAllAsync()).Title);
    }

    [Fact]
    public async Task A_file_that_is_not_a_draft_is_published_as_an_asset_not_failed_as_a_draft()
    {
        await using var h = await StartAsync(azurite);

        var result = await h.UploadAndPublishAsync("report.pdf", "%PDF-1.7");

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Null(await h.Statuses.GetAsync("report.pdf"));
        Assert.Equal(("application/pdf", AssetState.Published), ((await h.Get<IAssetIndex>().GetAsync("report.pdf"))!.ContentType, (await h.Get<IAssetIndex>().GetAsync("report.pdf"))!.State));
    }

    [Fact]
    public async Task A_draft_path_too_long_to_index_fails_without_throwing()
    {
        await using var h = await StartAsync(azurite);
        var path = new string('p', IndexKeys.MaxPathLength + 1) + ".md";

        var result = await h.UploadAndPublishAsync(path, Draft("Long path", slug: "long"));

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Equal(DraftErrorKind.PathTooLong, result.ErrorKind);
        Assert.Contains($"the limit is {IndexKeys.MaxPathLength}", result.Error, StringComparison.Ordinal);
        Assert.Empty(await h.ListAllAsync());
    }

    [Fact]
    public async Task Fixing_a_failed_draft_clears_its_error()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", "---\nbroken\n---\n");
        Assert.Equal(DraftState.Failed, (await h.Statuses.GetAsync("a.md"))!.State);

        await h.UploadAndPublishAsync("a.md", Draft("Fixed", slug: "a"));

        var status = await h.Statuses.GetAsync("a.md");
        Assert.Equal(DraftState.Published, status!.State);
        Assert.Null(status.ErrorKind);
    }

    [Fact]
    public async Task A_poisoned_draft_is_visible_and_reconcile_retries_it()
    {
        await using var h = await StartAsync(azurite);
        var etag = await h.UploadAsync("a.md", Draft("Retried", slug: "a"));

        await h.Publisher.RecordPoisonAsync("a.md", etag.Trim('"')); // poison messages carry the ETag bare

        var status = await h.Statuses.GetAsync("a.md");
        Assert.Equal(DraftState.Poisoned, status!.State);
        Assert.Equal(etag, status.ETag);
        Assert.Equal(DraftErrorKind.Poisoned, status.ErrorKind);
        Assert.Equal(1, (await h.Reconciler.ReconcileAsync()).Published);
        Assert.Equal(DraftState.Published, (await h.Statuses.GetAsync("a.md"))!.State);
    }
}
