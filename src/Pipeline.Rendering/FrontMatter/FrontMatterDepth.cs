using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering.FrontMatter;

/// <summary>
/// Bounds how deeply front matter values nest (<see cref="RenderingOptions.MaxFrontMatterDepth"/>). Flow
/// brackets are counted in one pass before any parser runs, because the YAML, TOML and JSON parsers recurse
/// per level; indentation-nested YAML and dotted TOML tables are counted by the readers as they convert values.
/// </summary>
internal static class FrontMatterDepth
{
    /// <summary>Counts <c>[</c>/<c>{</c> outside quoted strings and comments; stops where a JSON object at the start closes.</summary>
    public static void CheckBrackets(string text, int firstLine, int maxDepth, bool hashComments)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The depth can pass the limit only with more opening brackets than that in all; most front matter has a few.
        if (text.AsSpan().Count('[') + text.AsSpan().Count('{') <= maxDepth)
        {
            return;
        }

        var depth = 0;
        var line = firstLine;
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                // A quote never spans lines here: a stray one in a plain scalar must not hide the brackets after it.
                line++;
                quote = '\0';
                continue;
            }

            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '#' when hashComments:
                    var newline = text.IndexOf('\n', i);
                    i = (newline < 0 ? text.Length : newline) - 1;
                    break;
                case '[' or '{':
                    if (++depth > maxDepth)
                    {
                        throw Exceeded(maxDepth, line);
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    if (depth == 0 && !hashComments)
                    {
                        return;
                    }

                    break;
            }
        }
    }

    /// <summary>Throws when a value <paramref name="depth"/> levels down (top-level values are 1) is deeper than allowed.</summary>
    public static void Check(int depth, int maxDepth, int? line)
    {
        if (depth > maxDepth)
        {
            throw Exceeded(maxDepth, line);
        }
    }

    private static DraftException Exceeded(int maxDepth, int? line) =>
        new(
            DraftErrorKind.TooComplex,
            $"front matter values nest more than {maxDepth} levels deep (lists and maps inside lists and maps; setting Pipeline:{nameof(RenderingOptions.MaxFrontMatterDepth)})",
            line);
}
