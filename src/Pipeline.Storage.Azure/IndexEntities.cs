using Azure;
using Azure.Data.Tables;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;

namespace Pipeline.Storage.Azure;

/// <summary>
/// Maps slug rows and listing rows to table entities and back (draft rows are typed: <see cref="DraftIndexEntity"/>).
/// These two stay <see cref="TableEntity"/> on purpose: a slug row's property set varies with its state (an article
/// carries its summary and metadata, a redirect only its target) and its metadata JSON is split over as many
/// numbered properties (<c>Metadata</c>, <c>Metadata1</c>, …) as its size needs, which no fixed type can declare;
/// a listing row is exactly the summary part of an article's slug row, written by the same
/// <see cref="AddSummary"/> and read by the same <see cref="ToSummary"/>, so typing it alone would give the summary
/// two mappings to keep in step.
/// </summary>
internal static class IndexEntities
{
    /// <summary>A string property holds at most 32K UTF-16 characters; larger JSON is split over numbered properties.</summary>
    private const int ChunkLength = 30_000;

    public static TableEntity ToEntity(SlugRecord record)
    {
        var entity = new TableEntity(IndexKeys.Partition, IndexKeys.Slug(record.Slug))
        {
            ["Slug"] = record.Slug,
            ["State"] = record.State.ToString(),
            ["Owner"] = record.Owner,
            ["Target"] = record.Target,
            ["PageBlob"] = record.PageBlob,
            ["SortDate"] = TableDates.Format(record.SortDate),
            ["TagKeys"] = TableJson.Serialize(record.TagKeys),
            ["Changed"] = TableDates.Format(record.Changed),
        };
        if (record.Summary is not null)
        {
            AddSummary(entity, record.Summary);
        }

        if (record.Metadata is not null)
        {
            WriteChunked(entity, "Metadata", TableJson.Serialize(record.Metadata));
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
            SortDate = TableDates.Parse(entity.GetString("SortDate")) ?? default,
            TagKeys = TableJson.Deserialize<string[]>(entity.GetString("TagKeys")) ?? [],
            Changed = TableDates.Parse(entity.GetString("Changed")),
            Summary = state == SlugState.Article ? ToSummary(entity) : null,
            Metadata = TableJson.Deserialize<ArticleMetadata>(metadata),
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
        TableDates.Parse(entity.GetString("Date")) ?? default,
        TableDates.Parse(entity.GetString("Updated")),
        TableJson.Deserialize<string[]>(entity.GetString("Tags")) ?? [],
        entity.GetInt32("ReadingMinutes") ?? 0,
        entity.GetString("Url") ?? "");

    public static ETag ETagOf(string? etag) => etag is null ? ETag.All : new ETag(etag);

    private static void AddSummary(TableEntity entity, ArticleSummary summary)
    {
        entity["Slug"] = summary.Slug;
        entity["Title"] = summary.Title;
        entity["Excerpt"] = summary.Excerpt;
        entity["Lang"] = summary.Lang;
        entity["Date"] = TableDates.Format(summary.Date);
        entity["Updated"] = TableDates.Format(summary.Updated);
        entity["Tags"] = TableJson.Serialize(summary.Tags);
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
}
