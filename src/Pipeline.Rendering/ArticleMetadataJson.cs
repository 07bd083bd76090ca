using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Pipeline.Rendering;

/// <summary>
/// The metadata as JSON (camelCase, Japanese kept readable, dates ISO 8601 with offset): what
/// <c>pipeline render --json</c> prints and what golden files record. The shape is serialised by source-generated code
/// (<see cref="ArticleMetadataJsonContext"/>: no reflection over it, AOT-friendly); only the values of <c>extra</c>,
/// whatever the front matter held, fall back to reflection.
/// </summary>
public static class ArticleMetadataJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Plain JSON, never embedded in HTML: keep Japanese and '+' in offsets readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ArticleMetadataJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static string Serialize(ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var view = new ArticleMetadataView(
            metadata.Title,
            metadata.Slug,
            metadata.Lang,
            metadata.Date,
            metadata.Updated,
            metadata.Tags,
            metadata.Excerpt,
            metadata.ReadingMinutes,
            metadata.CharCount,
            metadata.WordCount,
            metadata.Toc,
            metadata.FrameSources,
            metadata.HasDiagrams,
            metadata.KeyPoints,
            metadata.Citations,
            metadata.ContentHash,
            metadata.Draft,
            metadata.Summary,
            metadata.Authors,
            metadata.Image,
            metadata.Aliases,
            metadata.SourcePath,
            metadata.RendererVersion,
            metadata.Extra);
        return JsonSerializer.Serialize(view, (JsonTypeInfo<ArticleMetadataView>)Options.GetTypeInfo(typeof(ArticleMetadataView)));
    }
}
