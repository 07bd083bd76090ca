using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;

namespace Pipeline.Storage.Azure;

/// <summary>
/// Maps index records to table entities and back. Dates that are shown to readers are kept as ISO 8601 strings
/// because Table storage's DateTime type drops the offset (a Japanese article's <c>+09:00</c>).
/// </summary>
internal static class IndexEntities
{
    /// <summary>A string property holds at most 32K UTF-16 characters; larger JSON is split over numbered properties.</summary>
    private const int ChunkLength = 30_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableEntity ToEntity(SlugRecord record)
    {
        var entity = new TableEntity(IndexKeys.Partition, IndexKeys.Slug(record.Slug))
        {
            ["Slug"] = record.Slug,
            ["State"] = record.State.ToString(),
            ["Owner"] = record.Owner,
            ["Target"] = record.Target,
            ["PageBlob"] = record.PageBlob,
            ["SortDate"] = Iso(record.SortDate),
            ["TagKeys"] = JsonSerializer.Serialize(record.TagKeys, Json),
            ["Changed"] = Iso(record.Changed),
        };
        if (record.Summary is not null)
        {
            AddSummary(entity, record.Summary);
        }

        if (record.Metadata is not null)
        {
            WriteChunked(entity, "Metadata", JsonSerializer.Serialize(record.Metadata, Json));
        }

        return entity;
    }

    public static SlugRecord ToSlugRecord(TableEntity entity)
    {
        var state = Enum.Parse<SlugState>(entity.GetString("State"));
        var metadata = ReadChunked(entity, "Metadata");
        return new SlugRecord
        {
            Slug = entity.GetString("Slug"),
            State = state,
            Owner = entity.GetString("Owner"),
            Target = entity.GetString("Target"),
            PageBlob = entity.GetString("PageBlob"),
            SortDate = ParseIso(entity.GetString("SortDate")) ?? default,
            TagKeys = Deserialize<string[]>(entity.GetString("TagKeys")) ?? [],
            Changed = ParseIso(entity.GetString("Changed")),
            Summary = state == SlugState.Article ? ToSummary(entity) : null,
            Metadata = metadata is null ? null : JsonSerializer.Deserialize<ArticleMetadata>(metadata, Json),
            ETag = entity.ETag.ToString(),
        };
    }

    public static TableEntity ToListingEntity(string rowKey, ArticleSummary summary)
    {
        var entity = new TableEntity(IndexKeys.Partition, rowKey);
        AddSummary(entity, summary);
        return entity;
    }

    public static ArticleSummary ToSummary(TableEntity entity) => new(
        entity.GetString("Slug"),
        entity.GetString("Title") ?? "",
        entity.GetString("Excerpt") ?? "",
        entity.GetString("Lang") ?? "",
        ParseIso(entity.GetString("Date")) ?? default,
        ParseIso(entity.GetString("Updated")),
        Deserialize<string[]>(entity.GetString("Tags")) ?? [],
        entity.GetInt32("ReadingMinutes") ?? 0,
        entity.GetString("Url") ?? "");

    public static TableEntity ToEntity(DraftRecord record) => new(IndexKeys.Partition, IndexKeys.Draft(record.Path))
    {
        ["Path"] = record.Path,
        ["SourceETag"] = record.SourceETag,
        ["SourceLastModified"] = Iso(record.SourceLastModified),
        ["RawHash"] = record.RawHash,
        ["ContentHash"] = record.ContentHash,
        ["RendererVersion"] = record.RendererVersion,
        ["AssetsFingerprint"] = record.AssetsFingerprint,
        ["State"] = record.State.ToString(),
        ["Slug"] = record.Slug,
        ["Redirects"] = JsonSerializer.Serialize(record.Redirects, Json),
        ["DueAt"] = Iso(record.DueAt),
        ["PageBlob"] = record.PageBlob,
    };

    public static DraftRecord ToDraftRecord(TableEntity entity) => new()
    {
        Path = entity.GetString("Path"),
        SourceETag = entity.GetString("SourceETag"),
        SourceLastModified = ParseIso(entity.GetString("SourceLastModified")) ?? default,
        RawHash = entity.GetString("RawHash") ?? "",
        ContentHash = entity.GetString("ContentHash") ?? "",
        RendererVersion = entity.GetString("RendererVersion") ?? "",
        AssetsFingerprint = entity.GetString("AssetsFingerprint") ?? "",
        State = Enum.Parse<DraftState>(entity.GetString("State")),
        Slug = entity.GetString("Slug"),
        Redirects = Deserialize<string[]>(entity.GetString("Redirects")) ?? [],
        DueAt = ParseIso(entity.GetString("DueAt")),
        PageBlob = entity.GetString("PageBlob"),
        ETag = entity.ETag.ToString(),
    };

    public static ETag ETagOf(string? etag) => etag is null ? ETag.All : new ETag(etag);

    private static void AddSummary(TableEntity entity, ArticleSummary summary)
    {
        entity["Slug"] = summary.Slug;
        entity["Title"] = summary.Title;
        entity["Excerpt"] = summary.Excerpt;
        entity["Lang"] = summary.Lang;
        entity["Date"] = Iso(summary.Date);
        entity["Updated"] = Iso(summary.Updated);
        entity["Tags"] = JsonSerializer.Serialize(summary.Tags, Json);
        entity["ReadingMinutes"] = summary.ReadingMinutes;
        entity["Url"] = summary.Url;
    }

    private static void WriteChunked(TableEntity entity, string name, string value)
    {
        for (int i = 0, offset = 0; offset < value.Length || i == 0; i++, offset += ChunkLength)
        {
            entity[i == 0 ? name : name + i] = value.Substring(offset, Math.Min(ChunkLength, value.Length - offset));
        }
    }

    private static string? ReadChunked(TableEntity entity, string name)
    {
        var first = entity.GetString(name);
        if (first is null)
        {
            return null;
        }

        var parts = new List<string> { first };
        for (var i = 1; entity.GetString(name + i) is { } next; i++)
        {
            parts.Add(next);
        }

        return string.Concat(parts);
    }

    private static T? Deserialize<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Json);

    private static string? Iso(DateTimeOffset? value) => value?.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseIso(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
}
