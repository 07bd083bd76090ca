using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Rendering.Templates;

/// <summary>
/// The page's schema.org JSON-LD, written straight through one <see cref="Utf8JsonWriter"/> (no reflection, no
/// dictionaries; AOT-safe), in the order and escaping <c>JsonSerializer</c> used before: readable Japanese and '+'
/// in offsets, then '&lt;', '&gt;' and '&amp;' escaped so the text can never end the script element it sits in.
/// </summary>
internal static class ArticleJsonLd
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly SearchValues<char> ScriptSpecials = SearchValues.Create("<>&");

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? Buffer;

    public static string Write(ArticleMetadata metadata, string canonical, string? image, string schemaType)
    {
        var buffer = Buffer ?? new ArrayBufferWriter<byte>(2048);
        Buffer = null;
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", schemaType);
            json.WriteString("headline", metadata.Title);
            json.WriteString("description", metadata.Summary ?? metadata.Excerpt);
            json.WriteString("inLanguage", metadata.Lang);
            json.WriteString("url", canonical);
            json.WriteString("mainEntityOfPage", canonical);
            if (Iso(metadata.Date) is { } published)
            {
                json.WriteString("datePublished", published);
                json.WriteString("dateModified", Iso(metadata.Updated) ?? published);
            }

            if (image is not null)
            {
                json.WriteString("image", image);
            }

            if (metadata.Authors.Count > 0)
            {
                json.WriteStartArray("author");
                foreach (var name in metadata.Authors)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "Person");
                    json.WriteString("name", name);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (metadata.Tags.Count > 0)
            {
                json.WriteString("keywords", string.Join(", ", metadata.Tags));
            }

            if (metadata.Citations.Count > 0)
            {
                json.WriteStartArray("citation");
                foreach (var citation in metadata.Citations)
                {
                    WriteCitation(json, citation);
                }

                json.WriteEndArray();
            }

            json.WriteNumber("wordCount", metadata.WordCount);
            json.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        Buffer = buffer;
        // '<' and '>' cannot end the script element ("</script>") or open a comment once escaped; '&' for good measure.
        return text.AsSpan().ContainsAny(ScriptSpecials)
            ? text.Replace("<", "\\u003C", StringComparison.Ordinal).Replace(">", "\\u003E", StringComparison.Ordinal).Replace("&", "\\u0026", StringComparison.Ordinal)
            : text;
    }

    /// <summary>A cited source as a schema.org <c>CreativeWork</c>: url, name and the dates the draft gives.</summary>
    private static void WriteCitation(Utf8JsonWriter json, Citation citation)
    {
        json.WriteStartObject();
        json.WriteString("@type", "CreativeWork");
        json.WriteString("url", citation.Url);
        json.WriteString("name", citation.Name);
        if (citation.DatePublished is { } published)
        {
            json.WriteString("datePublished", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (citation.DateModified is { } modified)
        {
            json.WriteString("dateModified", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
    }

    /// <summary>ISO 8601 with the date's own offset, e.g. <c>2025-08-26T09:30:00+09:00</c>.</summary>
    internal static string? Iso(DateTimeOffset? date) =>
        date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
