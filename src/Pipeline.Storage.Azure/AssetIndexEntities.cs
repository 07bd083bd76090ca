using System.Text.Json;
using Azure.Data.Tables;
using Pipeline.Publishing.Stores;

namespace Pipeline.Storage.Azure;

/// <summary>Maps asset rows and dependency rows (<see cref="AssetKeys"/>) to table entities and back.</summary>
internal static class AssetIndexEntities
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TableEntity ToEntity(AssetRecord record) => new(AssetKeys.Partition, AssetKeys.Asset(record.Path))
    {
        ["Path"] = record.Path,
        ["SourceETag"] = record.SourceETag,
        ["State"] = record.State.ToString(),
        ["Hash"] = record.Hash,
        ["FileName"] = record.FileName,
        ["ContentType"] = record.ContentType,
        ["Width"] = record.Width,
        ["Height"] = record.Height,
        ["Variants"] = JsonSerializer.Serialize(record.Variants, Json),
        ["ErrorKind"] = record.ErrorKind,
        ["Message"] = record.Message,
        ["Updated"] = record.Updated,
    };

    public static AssetRecord ToRecord(TableEntity entity) => new()
    {
        Path = entity.GetString("Path"),
        SourceETag = entity.GetString("SourceETag") ?? "",
        State = Enum.TryParse<AssetState>(entity.GetString("State"), out var state) ? state : AssetState.Failed,
        Hash = entity.GetString("Hash"),
        FileName = entity.GetString("FileName"),
        ContentType = entity.GetString("ContentType"),
        Width = entity.GetInt32("Width"),
        Height = entity.GetInt32("Height"),
        Variants = entity.GetString("Variants") is { } variants ? JsonSerializer.Deserialize<AssetVariantRecord[]>(variants, Json) ?? [] : [],
        ErrorKind = entity.GetString("ErrorKind"),
        Message = entity.GetString("Message"),
        Updated = entity.GetDateTimeOffset("Updated") ?? default,
    };

    public static TableEntity Uses(AssetUse use) => Dependency(AssetKeys.Uses(use.DraftPath, use.AssetPath), use);

    public static TableEntity UsedBy(AssetUse use) => Dependency(AssetKeys.UsedBy(use.AssetPath, use.DraftPath), use);

    public static AssetUse ToUse(TableEntity entity) =>
        new(entity.GetString("Draft"), entity.GetString("Asset"), entity.GetString("Hash") is { Length: > 0 } hash ? hash : null);

    private static TableEntity Dependency(string rowKey, AssetUse use) => new(AssetKeys.Partition, rowKey)
    {
        ["Draft"] = use.DraftPath,
        ["Asset"] = use.AssetPath,
        ["Hash"] = use.Hash ?? "",
    };
}
