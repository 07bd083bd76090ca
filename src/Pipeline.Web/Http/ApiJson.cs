using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Web.Http;

/// <summary>
/// How the API writes JSON: camelCase, nulls omitted, and Japanese (any script) as itself rather than \u escapes.
/// The relaxed encoder leaves HTML-sensitive characters unescaped, which is safe for a body served as
/// <c>application/json</c> with <c>nosniff</c> (never embedded into HTML).
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}
