using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering.FrontMatter;

/// <summary>
/// Stage 2: splits a decoded draft into front matter and body. YAML between <c>---</c> lines (closed by
/// <c>---</c> or <c>...</c>), TOML between <c>+++</c> lines, or a JSON object as the very first character.
/// </summary>
public static class FrontMatterParser
{
    /// <summary>Splits with the default nesting limit (<see cref="RenderingOptions.MaxFrontMatterDepth"/>).</summary>
    public static ParsedDraft Parse(DecodedDraft draft) => Parse(draft, new RenderingOptions().MaxFrontMatterDepth);

    /// <param name="draft">The decoded draft.</param>
    /// <param name="maxDepth">Deepest nesting of values accepted; deeper is <see cref="DraftErrorKind.TooComplex"/>.</param>
    /// <param name="timeZone">The zone dates without an offset (<c>published_at: 2023-01-01 09:00</c>) are read in (<see cref="SiteTimeZone"/>); UTC when null.</param>
    public static ParsedDraft Parse(DecodedDraft draft, int maxDepth, TimeZoneInfo? timeZone = null)
    {
        timeZone ??= TimeZoneInfo.Utc;
        ArgumentNullException.ThrowIfNull(draft);
        var format = DraftFormats.Get(draft.Path);
        var text = draft.Text;

        if (IsDelimiterLine(text, 0, "---", out var yamlStart))
        {
            var (block, bodyStart, bodyLine) = Enclosed(text, yamlStart, "---", "...", "YAML");
            FrontMatterDepth.CheckBrackets(block, firstLine: 2, maxDepth, hashComments: true);
            var fields = YamlFrontMatterReader.Read(block, firstLine: 2, maxDepth);
            return new ParsedDraft(draft, format, FrontMatterFields.Map(fields, FrontMatterSyntax.Yaml, timeZone), text[bodyStart..], bodyLine);
        }

        if (IsDelimiterLine(text, 0, "+++", out var tomlStart))
        {
            var (block, bodyStart, bodyLine) = Enclosed(text, tomlStart, "+++", null, "TOML");
            FrontMatterDepth.CheckBrackets(block, firstLine: 2, maxDepth, hashComments: true);
            var fields = TomlFrontMatterReader.Read(block, firstLine: 2, maxDepth);
            return new ParsedDraft(draft, format, FrontMatterFields.Map(fields, FrontMatterSyntax.Toml, timeZone), text[bodyStart..], bodyLine);
        }

        if (text.StartsWith('{'))
        {
            FrontMatterDepth.CheckBrackets(text, firstLine: 1, maxDepth, hashComments: false);
            var (fields, end) = JsonFrontMatterReader.Read(text, maxDepth);
            var bodyLine = 1 + text.AsSpan(0, end).Count('\n');
            return new ParsedDraft(draft, format, FrontMatterFields.Map(fields, FrontMatterSyntax.Json, timeZone), text[end..], bodyLine);
        }

        return new ParsedDraft(draft, format, DraftFrontMatter.Empty, text, 1);
    }

    /// <summary>Finds the closing delimiter line; returns the block, where the body starts and its 1-based line.</summary>
    private static (string Block, int BodyStart, int BodyLine) Enclosed(string text, int blockStart, string close, string? altClose, string syntax)
    {
        var line = 2;
        var position = blockStart;
        while (position <= text.Length)
        {
            if (IsDelimiterLine(text, position, close, out var after) || (altClose is not null && IsDelimiterLine(text, position, altClose, out after)))
            {
                return (text[blockStart..position], after, line + 1);
            }

            var newline = text.IndexOf('\n', position);
            if (newline < 0)
            {
                break;
            }

            position = newline + 1;
            line++;
        }

        throw new DraftException(
            DraftErrorKind.FrontMatter,
            $"{syntax} front matter opened with '{close}' is never closed: add a line with just '{close}' after it",
            line: 1);
    }

    /// <summary>True when the line at <paramref name="start"/> is exactly the delimiter (trailing blanks allowed).</summary>
    private static bool IsDelimiterLine(string text, int start, string delimiter, out int nextLine)
    {
        nextLine = start;
        if (string.CompareOrdinal(text, start, delimiter, 0, delimiter.Length) != 0)
        {
            return false;
        }

        var i = start + delimiter.Length;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i == text.Length)
        {
            nextLine = i;
            return true;
        }

        if (text[i] != '\n')
        {
            return false;
        }

        nextLine = i + 1;
        return true;
    }
}
