using System.Text.Json;
using Pipeline.Rendering;

namespace Pipeline.Storage.Azure;

/// <summary>
/// A status row's warnings as one JSON string property, <c>[{"line":3,"message":"…"}]</c>; absent when there are none.
/// <see cref="Publishing.Stores.DraftStatus.MaxWarnings"/> and <see cref="Publishing.Stores.DraftStatus.MaxWarningLength"/>
/// keep it within a table property even fully escaped.
/// </summary>
internal static class StatusWarningsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string? Write(IReadOnlyList<RenderWarning> warnings) =>
        warnings.Count == 0 ? null : JsonSerializer.Serialize(warnings, Options);

    /// <summary>The stored list; an unreadable one (a row written by hand) reads as none rather than breaking the listing.</summary>
    public static IReadOnlyList<RenderWarning> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<RenderWarning>>(json, Options) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
