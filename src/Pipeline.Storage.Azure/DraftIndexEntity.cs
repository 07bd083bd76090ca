using Azure;
using Azure.Data.Tables;
using Pipeline.Publishing.Stores;

namespace Pipeline.Storage.Azure;

/// <summary>
/// The <c>draft|{path}</c> row of the articles table (a <see cref="DraftRecord"/>), as the table stores it. Property
/// names are the stored ones: rename none without a migration. Dates are ISO strings (<see cref="TableDates"/>),
/// <see cref="Redirects"/> a JSON array.
/// </summary>
internal sealed class DraftIndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = IndexKeys.Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Path { get; set; } = "";
    public string SourceETag { get; set; } = "";
    public string? SourceLastModified { get; set; }
    public string? RawHash { get; set; }
    public string? ContentHash { get; set; }
    public string? RendererVersion { get; set; }
    public string? AssetsFingerprint { get; set; }
    public string State { get; set; } = "";
    public string? Slug { get; set; }
    public string? Redirects { get; set; }
    public string? DueAt { get; set; }
    public string? PageBlob { get; set; }
    public string? SourceMd5 { get; set; }
    public bool? StatusOutOfStep { get; set; }

    public static DraftIndexEntity From(DraftRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new DraftIndexEntity
        {
            RowKey = IndexKeys.Draft(record.Path),
            Path = record.Path,
            SourceETag = record.SourceETag,
            SourceLastModified = TableDates.Format(record.SourceLastModified),
            RawHash = record.RawHash,
            ContentHash = record.ContentHash,
            RendererVersion = record.RendererVersion,
            AssetsFingerprint = record.AssetsFingerprint,
            State = record.State.ToString(),
            Slug = record.Slug,
            Redirects = TableJson.Serialize(record.Redirects),
            DueAt = TableDates.Format(record.DueAt),
            PageBlob = record.PageBlob,
            SourceMd5 = record.SourceMd5,
            StatusOutOfStep = record.StatusOutOfStep ? true : null,
        };
    }

    public DraftRecord ToRecord() => new()
    {
        Path = Path,
        SourceETag = SourceETag,
        SourceLastModified = TableDates.Parse(SourceLastModified) ?? default,
        RawHash = RawHash ?? "",
        ContentHash = ContentHash ?? "",
        RendererVersion = RendererVersion ?? "",
        AssetsFingerprint = AssetsFingerprint ?? "",
        State = Enum.Parse<DraftState>(State),
        Slug = Slug,
        Redirects = TableJson.Deserialize<string[]>(Redirects) ?? [],
        DueAt = TableDates.Parse(DueAt),
        PageBlob = PageBlob,
        SourceMd5 = SourceMd5,
        StatusOutOfStep = StatusOutOfStep == true,
        ETag = ETag.ToString(),
    };
}
