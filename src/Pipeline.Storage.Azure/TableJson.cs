using System.Text.Json;

namespace Pipeline.Storage.Azure;

/// <summary>Lists and metadata stored as JSON strings inside table properties (web defaults: camelCase).</summary>
internal static class TableJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Options);
}
