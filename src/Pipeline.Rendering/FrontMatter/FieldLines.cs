namespace Pipeline.Rendering.FrontMatter;

/// <summary>
/// Finds the line a top-level key is written on, for error messages about its value. TOML and JSON
/// readers hand back values without positions; a key starts a line (after indentation or a quote).
/// </summary>
internal static class FieldLines
{
    public static int? Find(string block, string key, int firstLine)
    {
        var line = firstLine;
        var start = 0;
        while (start <= block.Length)
        {
            var end = block.IndexOf('\n', start);
            if (end < 0)
            {
                end = block.Length;
            }

            var content = block.AsSpan(start, end - start).TrimStart(" \t{,");
            if (content.Length > 0 && content[0] is '"' or '\'')
            {
                content = content[1..];
            }

            if (content.StartsWith(key, StringComparison.Ordinal))
            {
                return line;
            }

            start = end + 1;
            line++;
        }

        return null;
    }
}
