using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Rendering;

/// <summary>Source-generated serialisation of <see cref="ArticleMetadataView"/> (with the options of <see cref="ArticleMetadataJson"/>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ArticleMetadataView))]
internal sealed partial class ArticleMetadataJsonContext : JsonSerializerContext;
