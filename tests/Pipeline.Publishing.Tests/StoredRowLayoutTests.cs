using Azure.Data.Tables;

namespace Pipeline.Publishing.Tests;

/// <summary>
/// Draft rows and status rows are typed entities (<see cref="DraftIndexEntity"/>, <see cref="DraftStatusEntity"/>); the
/// stored layout is a contract with every row already written: the property names stay those the untyped code wrote,
/// and rows written that way still read.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class StoredRowLayoutTests(AzuriteFixture azurite)
{
    private static readonly string[] DraftRowProperties =
        ["AssetsFingerprint", "ContentHash", "PageBlob", "Path", "RawHash", "Redirects", "RendererVersion", "Slug", "SourceETag", "SourceLastModified", "SourceMd5", "State"];

    [Fact]
    public async Task A_published_draft_row_keeps_the_stored_property_names()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("layout.md", Draft("Layout", slug: "layout"));

        var row = await Articles(h).GetEntityAsync<TableEntity>(IndexKeys.Partition, IndexKeys.Draft("layout.md"));

        Assert.Equal(DraftRowProperties, UserProperties(row.Value));
    }

    [Fact]
    public async Task A_draft_row_written_untyped_reads_back_through_the_index()
    {
        await using var h = await StartAsync(azurite);
        var modified = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.FromHours(9));
        await Articles(h).AddEntityAsync(new TableEntity(IndexKeys.Partition, IndexKeys.Draft("old/row.md"))
        {
            ["Path"] = "old/row.md",
            ["SourceETag"] = "\"0x1\"",
            ["SourceLastModified"] = modified.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["RawHash"] = "raw",
            ["ContentHash"] = "content",
            ["RendererVersion"] = "r1",
            ["State"] = "Published",
            ["Slug"] = "old-row",
            ["Redirects"] = "[\"older-row\"]",
            ["PageBlob"] = "old-row/abc.html",
        });

        var record = await h.Index.GetDraftAsync("old/row.md");

        Assert.NotNull(record);
        Assert.Equal(("\"0x1\"", modified, DraftState.Published, "old-row"), (record.SourceETag, record.SourceLastModified, record.State, record.Slug));
        Assert.Equal(["older-row"], record.Redirects);
        Assert.Equal("old-row/abc.html", record.PageBlob);
        Assert.Null(record.DueAt);
    }

    [Fact]
    public async Task A_status_row_written_untyped_reads_back_with_its_error()
    {
        await using var h = await StartAsync(azurite);
        var seen = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
        await Statuses(h).AddEntityAsync(new TableEntity(DraftStatusEntity.Partition, IndexKeys.Escape("old/bad.md"))
        {
            ["Path"] = "old/bad.md",
            ["State"] = "Failed",
            ["ETag"] = "\"0x2\"",
            ["RendererVersion"] = "r1",
            ["ErrorKind"] = "FrontMatter",
            ["Message"] = "line 2: bad",
            ["Line"] = 2,
            ["FirstSeen"] = seen,
            ["LastSeen"] = seen.AddMinutes(5),
            ["Attempts"] = 3,
        });

        var status = await h.Statuses.GetAsync("old/bad.md");

        Assert.NotNull(status);
        Assert.Equal((DraftState.Failed, DraftErrorKind.FrontMatter, "line 2: bad", 2, 3), (status.State, status.ErrorKind, status.Message, status.Line, status.Attempts));
        Assert.Equal((seen, seen.AddMinutes(5)), (status.FirstSeen, status.LastSeen));
    }

    [Fact]
    public async Task A_new_status_row_names_the_draft_version_SourceETag()
    {
        await using var h = await StartAsync(azurite);
        var etag = await h.UploadAsync("bad.md", "---\ntitle: [unclosed\n---\nBody\n");
        await h.Publisher.PublishAsync("bad.md");

        var row = await Statuses(h).GetEntityAsync<TableEntity>(DraftStatusEntity.Partition, IndexKeys.Escape("bad.md"));

        Assert.Equal(etag, row.Value.GetString("SourceETag"));
        Assert.Equal("Failed", row.Value.GetString("State"));
        Assert.Equal("FrontMatter", row.Value.GetString("ErrorKind"));
    }

    private static TableClient Articles(PublishingHarness h) => h.Get<TableServiceClient>().GetTableClient(h.Storage.ArticlesTable);

    private static TableClient Statuses(PublishingHarness h) => h.Get<TableServiceClient>().GetTableClient(h.Storage.DraftStatusTable);

    private static string[] UserProperties(TableEntity row) =>
        row.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag") && row[k] is not null)
            .Order(StringComparer.Ordinal).ToArray();
}
