using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Rendering.Text;

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

    /// <summary>The length of <c>\u003C</c>, the escape of each of them.</summary>
    private const int EscapeLength = 6;

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

        var text = ScriptSafeString(buffer.WrittenSpan);
        Buffer = buffer;
        return text;
    }

    /// <summary>
    /// The JSON as a string with '&lt;' and '&gt;' escaped, so it cannot end the script element ("&lt;/script&gt;") or open
    /// a comment, and '&amp;' for good measure. The UTF-8 is decoded once by <see cref="Utf8Transcoder"/> (a page's
    /// JSON-LD is mostly Japanese text, which the runtime's decoder takes a character at a time) and the three are
    /// escaped while the characters are copied into the string.
    /// </summary>
    private static string ScriptSafeString(ReadOnlySpan<byte> json)
    {
        var buffer = ArrayPool<char>.Shared.Rent(json.Length);
        try
        {
            // The writer's output is valid UTF-8, so the count is never -1.
            var decoded = buffer.AsSpan(0, Utf8Transcoder.ToUtf16(json, buffer));
            if (!decoded.ContainsAny(ScriptSpecials))
            {
                return new string(decoded);
            }

            var specials = decoded.Count('<') + decoded.Count('>') + decoded.Count('&');
            return string.Create(decoded.Length + (specials * (EscapeLength - 1)), (buffer, decoded.Length), static (chars, state) =>
            {
                var source = state.buffer.AsSpan(0, state.Length);
                while (source.IndexOfAny(ScriptSpecials) is var at and >= 0)
                {
                    source[..at].CopyTo(chars);
                    var escape = source[at] switch { '<' => "\\u003C", '>' => "\\u003E", _ => "\\u0026" };
                    escape.CopyTo(chars[at..]);
                    chars = chars[(at + EscapeLength)..];
                    source = source[(at + 1)..];
                }

                source.CopyTo(chars);
            });
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
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
