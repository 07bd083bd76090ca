using System.Buffers;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>Lines that start with a bullet marker (✅ 💡 ・ • - * …): list items that keep their marker.</summary>
internal static class MarkerLines
{
    /// <summary>The marker of a key point (a summary line at the top of a news summary).</summary>
    public const string KeyPoint = "💡";

    private static readonly string[] SymbolMarkers = ["✅", KeyPoint, "・", "•", "☑", "✔", "●", "■", "◆", "★", "▶", "※"];

    /// <summary>
    /// The first UTF-16 unit of every marker. Every rule asks of every line whether it is a marker line, and most lines
    /// are prose: one lookup of the first character answers for them instead of a comparison per marker.
    /// </summary>
    private static readonly SearchValues<char> FirstCharacters = SearchValues.Create(string.Concat(SymbolMarkers.Select(marker => marker[0])) + "-*");

    public static bool Is(string line) => Marker(line) is not null;

    /// <summary>The line's marker, or null when it is not a marker line.</summary>
    public static string? Marker(string line)
    {
        if (line.Length == 0 || !FirstCharacters.Contains(line[0]))
        {
            return null;
        }

        foreach (var marker in SymbolMarkers)
        {
            if (line.StartsWith(marker, StringComparison.Ordinal) && line.Length > marker.Length)
            {
                return marker;
            }
        }

        // ASCII markers need a space after them, or "-1℃" and "*注" would become list items.
        return line.Length > 2 && line[0] is '-' or '*' && line[1] == ' ' && line.AsSpan(2).Trim().Length > 0 ? line[..1] : null;
    }

    /// <summary>The item's text without its marker.</summary>
    public static string TextOf(string line) => Marker(line) is { } marker ? line[marker.Length..].Trim() : line;
}
