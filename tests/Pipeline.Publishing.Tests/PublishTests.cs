namespace Pipeline.Publishing.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class PublishTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Upload_publishes_a_page_and_an_index_row_with_everything_the_api_lists()
    {
        await using var h = await StartAsync(azurite);
        var etag = await h.UploadAsync("news/首脳会談.ja.md", Draft("日米首脳会談", slug: "日米首脳会談", date: "2026-03-01T09:00:00+09:00", extra: "tags: [外交, ＡＩ]\nlang: ja", body: "## 会談の背景\n\n両首脳は会談した。"));

        var result = await h.Publisher.PublishAsync("news/首脳会談.ja.md");

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal("日米首脳会談", result.Slug);
        var row = await h.Index.FindAsync("日米首脳会談");
        Assert.NotNull(row);
        Assert.Equal(SlugState.Article, row.State);
        Assert.Equal("news/首脳会談.ja.md", row.Owner);
        var summary = row.Summary!;
        Assert.Equal("日米首脳会談", summary.Title);
        Assert.Equal("ja", summary.Lang);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(9)), summary.Date);
        Assert.Equal(TimeSpan.FromHours(9), summary.Date.Offset);
        Assert.Equal(["外交", "ＡＩ"], summary.Tags);
        Assert.Equal("/articles/" + Uri.EscapeDataString("日米首脳会談"), summary.Url);
        Assert.Equal("会談の背景", Assert.Single(row.Metadata!.Toc).Text);

        var page = await h.Pages.ReadAsync(row.PageBlob!);
        Assert.Equal("text/html; charset=utf-8", page!.ContentType);
        Assert.Equal(etag.Trim('"'), page.Metadata["sourceetag"]);
        Assert.Contains("日米首脳会談", await h.LivePageAsync("日米首脳会談"), StringComparison.Ordinal);

        var status = await h.Statuses.GetAsync("news/首脳会談.ja.md");
        Assert.Equal(DraftState.Published, status!.State);
        Assert.Equal(etag, status.ETag);
        Assert.Equal("日米首脳会談", Assert.Single(await h.ListAllAsync()).Slug);
        Assert.Equal("日米首脳会談", Assert.Single(await h.ListAllAsync(tag: "ai")).Slug);
    }

    [Fact]
    public async Task A_publish_hashes_the_draft_once_and_the_page_records_that_hash()
    {
        await using var h = await StartAsync(azurite);
        var bytes = System.Text.Encoding.UTF8.GetBytes(Draft("Hashed once", slug: "hashed"));
        await h.UploadAsync("a.md", bytes);
        string? handedIn = null;
        h.Renderer.BeforeRender = source =>
        {
            handedIn = source.Sha256;
            return Task.CompletedTask;
        };

        Assert.Equal(PublishOutcome.Published, (await h.Publisher.PublishAsync("a.md")).Outcome);

        // The renderer is given the hash the publisher computed to recognise a re-upload, and the page is stored under it.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal(expected, handedIn);
        var row = await h.Index.FindAsync("hashed");
        Assert.Equal(expected, (await h.Pages.ReadAsync(row!.PageBlob!))!.Metadata["contenthash"]);
    }

    [Fact]
    public async Task Overwrite_rerenders_and_replaces_the_live_page()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", Draft("First", slug: "a"));

        var result = await h.UploadAndPublishAsync("a.md", Draft("Second", slug: "a"));

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Contains("Second", await h.LivePageAsync("a"), StringComparison.Ordinal);
        Assert.Equal("Second", Assert.Single(await h.ListAllAsync()).Title);
        Assert.Single(await h.PageBlobNamesAsync()); // the superseded page blob is gone
    }

    [Fact]
    public async Task Identical_reupload_and_duplicate_events_write_nothing()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", Draft("Same", slug: "a"));
        var row = await h.Index.FindAsync("a");
        var pageBefore = await h.Pages.ReadAsync(row!.PageBlob!);

        var duplicate = await h.Publisher.PublishAsync("a.md");
        var reupload = await h.UploadAndPublishAsync("a.md", Draft("Same", slug: "a"));

        Assert.Equal(PublishOutcome.Unchanged, duplicate.Outcome);
        Assert.Equal(PublishOutcome.Unchanged, reupload.Outcome);
        var rowAfter = await h.Index.FindAsync("a");
        Assert.Equal(row.ETag, rowAfter!.ETag);
        var pageAfter = await h.Pages.ReadAsync(rowAfter.PageBlob!);
        Assert.Equal(pageBefore!.ETag, pageAfter!.ETag);
    }

    [Fact]
    public async Task An_event_for_an_older_version_arriving_after_the_newer_one_changes_nothing()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAsync("a.md", Draft("Old", slug: "a"));
        await h.UploadAsync("a.md", Draft("New", slug: "a"));
        await h.Publisher.PublishAsync("a.md"); // the newer version's event

        var late = await h.Publisher.PublishAsync("a.md"); // the older version's event, delivered late

        Assert.Equal(PublishOutcome.Unchanged, late.Outcome);
        Assert.Contains("New", await h.LivePageAsync("a"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publish_overtaken_by_a_newer_upload_never_overwrites_it()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAsync("a.md", Draft("Old", slug: "a"));
        var overtaken = false;
        h.Renderer.BeforeRender = async source =>
        {
            if (overtaken)
            {
                return;
            }

            // While "Old" renders, the author uploads "New" and its event is handled first.
            overtaken = true;
            await h.UploadAsync("a.md", Draft("New", slug: "a"));
            Assert.Equal(PublishOutcome.Published, (await h.Publisher.PublishAsync("a.md")).Outcome);
        };

        var slow = await h.Publisher.PublishAsync("a.md");

        Assert.Equal(PublishOutcome.Stale, slow.Outcome);
        Assert.Contains("New", await h.LivePageAsync("a"), StringComparison.Ordinal);
        Assert.Equal("New", Assert.Single(await h.ListAllAsync()).Title);
    }

    [Fact]
    public async Task Concurrent_events_for_one_draft_publish_it_once()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAsync("a.md", Draft("Once", slug: "a", extra: "tags: [x, y]"));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => h.Publisher.PublishAsync("a.md"))));

        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { PublishOutcome.Published, PublishOutcome.Unchanged }));
        Assert.Single(await h.ListAllAsync());
        Assert.Single(await h.ListAllAsync(tag: "x"));
        Assert.Single(await h.PageBlobNamesAsync());
    }
}
