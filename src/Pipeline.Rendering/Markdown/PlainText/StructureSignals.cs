namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// Decides, before any rule runs, whether a plain-text draft has the news-summary shape: it cites a source
/// (a <see cref="CitationLine"/> anywhere) or opens with key points (a 💡 line among its first
/// <see cref="KeyPointsWithin"/> non-blank lines). Shape-only rules (headings, reaction, key points) need this.
/// </summary>
internal static class StructureSignals
{
    public const int KeyPointsWithin = 5;

    public static bool IsStructured(LineCursor lines)
    {
        var nonBlank = 0;
        for (var i = lines.Position; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            nonBlank++;
            if ((nonBlank <= KeyPointsWithin && MarkerLines.Marker(line) == MarkerLines.KeyPoint) || CitationLine.Parse(line) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
