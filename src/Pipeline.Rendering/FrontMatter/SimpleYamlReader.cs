namespace Pipeline.Rendering.FrontMatter;

/// <summary>
/// Fast path for the front matter most drafts have: flat <c>key: value</c> lines whose values are plain
/// or quoted scalars without escapes, or one-line <c>[a, "b"]</c> lists. Reading those needs no YAML
/// parser; anything else (nesting, block lists, escapes, comments after values, anchors, duplicates…)
/// returns false and the full YamlDotNet reader decides, so results and errors never differ.
/// </summary>
internal static class SimpleYamlReader
{
    public static bool TryRead(string yaml, int firstLine, out List<RawField> fields)
    {
        fields = [];
        var line = firstLine;
        foreach (var rawLine in yaml.AsSpan().EnumerateLines())
        {
            var current = line++;
            if (rawLine.IsWhiteSpace() || rawLine[0] == '#')
            {
                continue;
            }

            if (!TryReadLine(rawLine, out var key, out var value))
            {
                return false;
            }

            foreach (var field in fields)
            {
                if (field.Key.Equals(key, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            fields.Add(new RawField(key, value, current));
        }

        return true;
    }

    private static bool TryReadLine(ReadOnlySpan<char> line, out string key, out object? value)
    {
        key = "";
        value = null;
        var colon = line.IndexOf(':');
        if (colon <= 0 || !IsKey(line[..colon]) || colon + 1 >= line.Length || line[colon + 1] != ' ' || line.Contains('\t'))
        {
            return false;
        }

        key = line[..colon].ToString();
        var text = line[(colon + 2)..].Trim(' ');
        if (text.IsEmpty)
        {
            return false;
        }

        if (text[0] == '[')
        {
            return TryReadList(text, out value);
        }

        return TryReadScalar(text, out value);
    }

    private static bool TryReadList(ReadOnlySpan<char> text, out object? value)
    {
        value = null;
        if (text[^1] != ']')
        {
            return false;
        }

        var items = new List<object?>();
        var inner = text[1..^1].Trim(' ');
        if (!inner.IsEmpty)
        {
            foreach (var range in inner.Split(','))
            {
                var item = inner[range].Trim(' ');
                if (item.IsEmpty || item.IndexOfAny("[]{}") >= 0 || !TryReadScalar(item, out var scalar))
                {
                    return false;
                }

                items.Add(scalar);
            }
        }

        value = items;
        return true;
    }

    /// <summary>
    /// A quoted scalar without escapes or inner quotes (a string), or a plain scalar that cannot mean anything but
    /// text (read by the core schema, <see cref="YamlFrontMatterReader.PlainScalar"/>).
    /// </summary>
    private static bool TryReadScalar(ReadOnlySpan<char> text, out object? scalar)
    {
        scalar = null;
        if (text[0] is '"' or '\'')
        {
            var body = text[1..];
            var end = body.IndexOf(text[0]);
            if (end < 0 || end != body.Length - 1 || body[..end].Contains('\\'))
            {
                return false;
            }

            scalar = body[..end].ToString();
            return true;
        }

        if ("[]{}#&*!|>%@`,?:-".Contains(text[0]) || text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text[^1] == ':')
        {
            return false;
        }

        scalar = YamlFrontMatterReader.PlainScalar(text.ToString());
        return true;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0]) && key[0] != '_')
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
