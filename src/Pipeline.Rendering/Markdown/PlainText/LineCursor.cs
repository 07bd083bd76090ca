namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// The draft's lines (trimmed; blank lines kept as empty strings, since they end a list) and the position of
/// the next line to read. Recognisers look ahead with <see cref="NextNonBlank"/> and consume with <see cref="MoveTo"/>.
/// </summary>
internal sealed class LineCursor(IReadOnlyList<string> lines)
{
    public int Position { get; private set; }

    public int Count => lines.Count;

    public bool AtEnd => Position >= lines.Count;

    public string Current => lines[Position];

    public string this[int index] => lines[index];

    /// <summary>Index of the first non-blank line after <paramref name="index"/>, or -1.</summary>
    public int NextNonBlank(int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first non-blank line after <paramref name="index"/>, or null.</summary>
    public string? LineAfter(int index) => NextNonBlank(index) is var next and >= 0 ? lines[next] : null;

    public void MoveTo(int index) => Position = index;

    public void Advance() => Position++;

    public static LineCursor Split(string body)
    {
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].Trim();
        }

        return new LineCursor(lines);
    }
}
