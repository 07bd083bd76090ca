using Pipeline.Rendering.Drafts;
using Tomlyn;
using Tomlyn.Model;

namespace Pipeline.Rendering.FrontMatter;

/// <summary>Reads a TOML front matter block (Hugo's <c>+++</c>) with Tomlyn into plain .NET values.</summary>
internal static class TomlFrontMatterReader
{
    public static List<RawField> Read(string toml, int firstLine)
    {
        TomlTable table;
        try
        {
            table = TomlSerializer.Deserialize<TomlTable>(toml) ?? new TomlTable();
        }
        catch (TomlException ex)
        {
            var line = ex.Line is { } l ? firstLine + l - 1 : firstLine;
            throw new DraftException(DraftErrorKind.FrontMatter, "TOML front matter: " + FirstMessage(ex), line, ex);
        }

        var fields = new List<RawField>(table.Count);
        foreach (var (key, value) in table)
        {
            fields.Add(new RawField(key, Convert(value), FieldLines.Find(toml, key, firstLine)));
        }

        return fields;
    }

    private static object? Convert(object? value) => value switch
    {
        TomlDateTime date => new DateTimeOffset(date.DateTime.DateTime, date.DateTime.Offset),
        TomlArray array => array.Select(Convert).ToList(),
        TomlTableArray tables => tables.Select(t => Convert(t)).ToList(),
        TomlTable table => table.ToDictionary(pair => pair.Key, pair => Convert(pair.Value), StringComparer.Ordinal),
        _ => value,
    };

    private static string FirstMessage(TomlException ex)
    {
        var first = ex.Diagnostics?.FirstOrDefault();
        return first?.Message ?? ex.Message;
    }
}
