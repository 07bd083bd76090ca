using Pipeline.Rendering.Drafts;
using Tomlyn;
using Tomlyn.Model;

namespace Pipeline.Rendering.FrontMatter;

/// <summary>Reads a TOML front matter block (Hugo's <c>+++</c>) with Tomlyn into plain .NET values.</summary>
internal static class TomlFrontMatterReader
{
    public static List<RawField> Read(string toml, int firstLine, int maxDepth)
    {
        TomlTable table;
        try
        {
            // Tomlyn bounds its own recursion: one level above ours, so dotted-key tables are refused while parsing.
            table = TomlSerializer.Deserialize<TomlTable>(toml, new TomlSerializerOptions { MaxDepth = maxDepth + 1 }) ?? new TomlTable();
        }
        catch (TomlException ex) when (ex.Message.Contains("maximum depth", StringComparison.OrdinalIgnoreCase))
        {
            FrontMatterDepth.Check(maxDepth + 1, maxDepth, ex.Line is { } l ? firstLine + l - 1 : firstLine);
            throw;
        }
        catch (TomlException ex)
        {
            var line = ex.Line is { } l ? firstLine + l - 1 : firstLine;
            throw new DraftException(DraftErrorKind.FrontMatter, "TOML front matter: " + FirstMessage(ex), line, ex);
        }

        var fields = new List<RawField>(table.Count);
        foreach (var (key, value) in table)
        {
            var line = FieldLines.Find(toml, key, firstLine);
            fields.Add(new RawField(key, Convert(value, 1, maxDepth, line), line));
        }

        return fields;
    }

    private static object? Convert(object? value, int depth, int maxDepth, int? line)
    {
        FrontMatterDepth.Check(depth, maxDepth, line);
        return value switch
        {
            // A local date or date-time names no offset: FrontMatterFields reads it in the site's time zone.
            TomlDateTime { Kind: TomlDateTimeKind.LocalDate or TomlDateTimeKind.LocalDateTime } local => local.DateTime.DateTime,
            TomlDateTime date => new DateTimeOffset(date.DateTime.DateTime, date.DateTime.Offset),
            TomlArray array => array.Select(v => Convert(v, depth + 1, maxDepth, line)).ToList(),
            TomlTableArray tables => tables.Select(t => Convert(t, depth + 1, maxDepth, line)).ToList(),
            TomlTable table => table.ToDictionary(pair => pair.Key, pair => Convert(pair.Value, depth + 1, maxDepth, line), StringComparer.Ordinal),
            _ => value,
        };
    }

    private static string FirstMessage(TomlException ex)
    {
        var first = ex.Diagnostics?.FirstOrDefault();
        return first?.Message ?? ex.Message;
    }
}
