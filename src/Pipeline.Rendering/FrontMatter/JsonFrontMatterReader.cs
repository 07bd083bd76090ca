using System.Text;
using System.Text.Json;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering.FrontMatter;

/// <summary>
/// Reads Hugo's JSON front matter: a JSON object at the very start of the draft, followed by the body.
/// The reader stops at the object's closing brace, so no delimiter line is needed.
/// </summary>
internal static class JsonFrontMatterReader
{
    /// <summary>Reads the object at the start of <paramref name="text"/>; returns the fields and the char index after it.</summary>
    public static (List<RawField> Fields, int End) Read(string text, int maxDepth)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        JsonElement root;
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            throw new DraftException(DraftErrorKind.FrontMatter, "JSON front matter: " + Describe(ex), line, ex);
        }

        var end = Encoding.UTF8.GetCharCount(bytes.AsSpan(0, (int)reader.BytesConsumed));
        var block = text[..end];
        var fields = new List<RawField>();
        foreach (var property in root.EnumerateObject())
        {
            try
            {
                var line = FieldLines.Find(block, property.Name, 1);
                fields.Add(new RawField(property.Name, Convert(property.Value, 1, maxDepth, line), line));
            }
            catch (InvalidOperationException ex)
            {
                // GetString refuses a "\uD800" escape without its other half: valid JSON syntax, but no text.
                throw new DraftException(DraftErrorKind.FrontMatter, "JSON front matter: a string holds an unpaired surrogate escape (such as \\uD800)", 1, ex);
            }
        }

        return (fields, end);
    }

    private static object? Convert(JsonElement element, int depth, int maxDepth, int? line)
    {
        FrontMatterDepth.Check(depth, maxDepth, line);
        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
            JsonValueKind.Array => element.EnumerateArray().Select(e => Convert(e, depth + 1, maxDepth, line)).ToList(),
            JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Convert(p.Value, depth + 1, maxDepth, line), StringComparer.Ordinal),
            _ => null,
        };
    }

    /// <summary>System.Text.Json appends "LineNumber: … | BytePositionInLine: …"; the line is reported separately.</summary>
    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd(' ', '.');
    }
}
