using System.Globalization;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.FrontMatter;

/// <summary>
/// Folds the aliases of common static-site generators into one field each (Hugo <c>publishDate</c>/<c>lastmod</c>,
/// Jekyll <c>published: false</c>, Zenn <c>topics</c>/<c>published_at</c>, …) and checks each value's type.
/// A wrong value is a front-matter error naming its line.
/// </summary>
internal static class FrontMatterFields
{
    private static readonly string[] TitleKeys = ["title"];
    private static readonly string[] SlugKeys = ["slug"];
    private static readonly string[] DateKeys = ["date", "publishDate", "published_at", "pubDate"];
    private static readonly string[] UpdatedKeys = ["lastmod", "updated", "updated_at", "modified"];
    private static readonly string[] DraftKeys = ["draft"];
    private static readonly string[] PublishedKeys = ["published"];
    private static readonly string[] TagKeys = ["tags", "topics", "categories"];
    private static readonly string[] SummaryKeys = ["summary", "description"];
    private static readonly string[] AuthorKeys = ["authors", "author"];
    private static readonly string[] LangKeys = ["lang", "language"];
    private static readonly string[] ImageKeys = ["image", "cover", "images"];
    private static readonly string[] AliasKeys = ["aliases", "redirect_from"];

    private static readonly string[] DialectKeys = [MarkdownDialectRule.Key];

    private static readonly HashSet<string> Known = new(
        new[] { DialectKeys, TitleKeys, SlugKeys, DateKeys, UpdatedKeys, DraftKeys, PublishedKeys, TagKeys, SummaryKeys, AuthorKeys, LangKeys, ImageKeys, AliasKeys }.SelectMany(k => k),
        StringComparer.OrdinalIgnoreCase);

    public static DraftFrontMatter Map(List<RawField> fields, FrontMatterSyntax syntax, TimeZoneInfo timeZone)
    {
        var draft = Find(fields, DraftKeys) is { } draftField && AsBool(draftField);
        if (Find(fields, PublishedKeys) is { } published && !AsBool(published))
        {
            draft = true;
        }

        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!Known.Contains(field.Key))
            {
                extra[field.Key] = field.Value;
            }
        }

        return new DraftFrontMatter
        {
            Syntax = syntax,
            Title = OptionalString(fields, TitleKeys),
            Slug = OptionalString(fields, SlugKeys),
            Date = Find(fields, DateKeys) is { } date ? AsDate(date, timeZone) : null,
            Updated = Find(fields, UpdatedKeys) is { } updated ? AsDate(updated, timeZone) : null,
            Draft = draft,
            Tags = Tags(fields),
            Summary = OptionalString(fields, SummaryKeys),
            Authors = Find(fields, AuthorKeys) is { } authors ? AsStringList(authors, "name") : [],
            Lang = Find(fields, LangKeys) is { } lang ? AsLanguage(lang) : null,
            Image = Find(fields, ImageKeys) is { } image ? AsImage(image) : null,
            Aliases = Find(fields, AliasKeys) is { } aliases ? AsStringList(aliases, null) : [],
            Dialect = MarkdownDialectRule.Detect(fields, AsString),
            Extra = extra,
        };
    }

    /// <summary>The first field present in alias order (a draft rarely has two spellings; the first wins).</summary>
    private static RawField? Find(List<RawField> fields, string[] keys)
    {
        foreach (var key in keys)
        {
            foreach (var field in fields)
            {
                if (field.Value is not null && field.Key.Equals(key, StringComparison.OrdinalIgnoreCase))
                {
                    return field;
                }
            }
        }

        return null;
    }

    private static string? OptionalString(List<RawField> fields, string[] keys) =>
        Find(fields, keys) is { } field ? NullIfBlank(AsString(field)) : null;

    /// <summary>Tags, topics and categories together, one entry per tag key, first spelling kept.</summary>
    private static List<string> Tags(List<RawField> fields)
    {
        var tags = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.Value is null || !TagKeys.Contains(field.Key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var tag in AsStringList(field, null))
            {
                if (TagKey.Normalize(tag) is { Length: > 0 } key && keys.Add(key))
                {
                    tags.Add(tag);
                }
            }
        }

        return tags;
    }

    private static string AsString(RawField field) => field.Value switch
    {
        string s => WithoutControlCharacters(s).Trim(),
        bool or long or double => System.Convert.ToString(field.Value, CultureInfo.InvariantCulture)!,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("s", CultureInfo.InvariantCulture),
        _ => throw Wrong(field, "must be a single value"),
    };

    private static bool AsBool(RawField field) => field.Value switch
    {
        bool b => b,
        string s when s.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) || s.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase) => true,
        string s when s.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) || s.Trim().Equals("no", StringComparison.OrdinalIgnoreCase) => false,
        _ => throw Wrong(field, "must be true or false"),
    };

    /// <summary>
    /// A date with an offset (<c>Z</c>, <c>+09:00</c>) keeps it; one without (<c>2023-01-01 09:00</c>, <c>2023-01-01</c>,
    /// TOML local dates) is a wall-clock time in <paramref name="timeZone"/> — a time skipped by a DST change takes the
    /// zone's standard offset.
    /// </summary>
    private static DateTimeOffset AsDate(RawField field, TimeZoneInfo timeZone)
    {
        switch (field.Value)
        {
            case DateTimeOffset date:
                return date;
            case DateTime local:
                return InZone(local, timeZone);
            case string s when DateTime.TryParse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var parsed):
                // RoundtripKind leaves the kind Unspecified exactly when the text names no offset, Utc for "Z"; any
                // other offset it converts to this machine's zone, so that text is read again to keep its offset.
                return parsed.Kind switch
                {
                    DateTimeKind.Unspecified => InZone(parsed, timeZone),
                    DateTimeKind.Utc => new DateTimeOffset(parsed),
                    _ => DateTimeOffset.Parse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces),
                };
            default:
                throw Wrong(field, "must be a date such as 2025-08-26 or 2025-08-26T09:30:00+09:00");
        }
    }

    private static DateTimeOffset InZone(DateTime wallClock, TimeZoneInfo timeZone)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, timeZone.GetUtcOffset(unspecified));
    }

    private static string AsLanguage(RawField field)
    {
        var lang = AsString(field);
        var valid = lang.Length is > 0 and <= 35 && lang.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') && char.IsAsciiLetter(lang[0]);
        return valid ? lang.Replace('_', '-') : throw Wrong(field, "must be a language tag such as ja or en-US");
    }

    /// <summary>A path or URL; <c>cover</c> may be a map with an <c>image</c> key (PaperMod) and <c>images</c> a list (Hugo).</summary>
    private static string? AsImage(RawField field) => field.Value switch
    {
        Dictionary<string, object?> map => map.TryGetValue("image", out var inner) && inner is string s ? NullIfBlank(s.Trim()) : null,
        List<object?> list => list.OfType<string>().Select(s => s.Trim()).FirstOrDefault(s => s.Length > 0),
        _ => NullIfBlank(AsString(field)),
    };

    /// <summary>A list, or one string of comma- or space-separated items; map items contribute their <paramref name="mapKey"/> value.</summary>
    private static List<string> AsStringList(RawField field, string? mapKey)
    {
        var items = field.Value is List<object?> list ? list : [field.Value];
        var result = new List<string>(items.Count);
        foreach (var item in items)
        {
            switch (item)
            {
                case null:
                    break;
                case string s when field.Value is string:
                    // A single string: "a, b" (comma-separated), or Jekyll's space-separated "jekyll update".
                    var clean = WithoutControlCharacters(s);
                    result.AddRange(clean.Contains(',', StringComparison.Ordinal)
                        ? clean.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                        : clean.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    break;
                case string s when s.Trim().Length > 0:
                    result.Add(WithoutControlCharacters(s).Trim());
                    break;
                case string:
                    break;
                case bool or long or double:
                    result.Add(System.Convert.ToString(item, CultureInfo.InvariantCulture)!);
                    break;
                case Dictionary<string, object?> map when mapKey is not null && map.TryGetValue(mapKey, out var value) && value is string named:
                    result.Add(named.Trim());
                    break;
                default:
                    throw Wrong(field, "must be a list of words");
            }
        }

        return result;
    }

    /// <summary>Escaped strings (JSON "\u0000", YAML "\x01") can carry what the decoder refuses in raw text: drop it.</summary>
    private static string WithoutControlCharacters(string value) =>
        value.AsSpan().IndexOfAnyInRange('\0', '\x1F') < 0 && !value.Contains('\x7F') ? value : string.Concat(value.Where(c => !char.IsControl(c) || c is '\t' or '\n'));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static DraftException Wrong(RawField field, string what) =>
        new(DraftErrorKind.FrontMatter, $"front matter field {TextPreview.Quote(field.Key)} {what} (found {Show(field.Value)})", field.Line);

    private static string Show(object? value) => value switch
    {
        null => "nothing",
        string s => TextPreview.Quote(s),
        List<object?> => "a list",
        Dictionary<string, object?> => "a map",
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };
}
