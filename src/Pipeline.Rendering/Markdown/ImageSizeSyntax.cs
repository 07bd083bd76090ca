namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Reads <c>![alt](url "title" =WxH)</c> at the start of a span. Alt text holds no brackets, the URL no spaces
/// (or is <c>&lt;…&gt;</c>), W and H are digits with an optional <c>%</c>, and at least one is given; a space must
/// precede <c>=</c>, as in Zenn.
/// </summary>
internal static class ImageSizeSyntax
{
    /// <summary>Longer sizes than this are not sizes.</summary>
    private const int MaxDigits = 5;

    public readonly record struct SizedImage(string Alt, string Url, string? Title, string? Width, string? Height, int Length);

    public static bool TryRead(ReadOnlySpan<char> text, out SizedImage image)
    {
        image = default;
        if (!text.StartsWith("!["))
        {
            return false;
        }

        var altEnd = text[2..].IndexOfAny('[', ']');
        if (altEnd < 0 || text[2 + altEnd] != ']')
        {
            return false;
        }

        var alt = text.Slice(2, altEnd).ToString();
        var i = 2 + altEnd + 1;
        if (i >= text.Length || text[i] != '(')
        {
            return false;
        }

        i = SkipSpaces(text, i + 1);
        if (!ReadDestination(text, ref i, out var url))
        {
            return false;
        }

        var spaced = SkipSpaces(text, i);
        if (spaced == i)
        {
            return false;
        }

        i = spaced;
        string? title = null;
        if (i < text.Length && text[i] is '"' or '\'')
        {
            var quote = text[i];
            var end = text[(i + 1)..].IndexOf(quote);
            if (end < 0)
            {
                return false;
            }

            title = text.Slice(i + 1, end).ToString();
            i += end + 2;
            spaced = SkipSpaces(text, i);
            if (spaced == i)
            {
                return false;
            }

            i = spaced;
        }

        if (i >= text.Length || text[i] != '=')
        {
            return false;
        }

        i++;
        var (width, widthOk) = ReadSize(text, ref i);
        if (!widthOk || i >= text.Length || text[i] != 'x')
        {
            return false;
        }

        i++;
        var (height, heightOk) = ReadSize(text, ref i);
        i = SkipSpaces(text, i);
        if (!heightOk || i >= text.Length || text[i] != ')' || (width is null && height is null))
        {
            return false;
        }

        image = new SizedImage(alt, url, title, Pixels(width), Pixels(height), i + 1);
        return true;
    }

    private static string? Pixels(string? size) => size is null || size.EndsWith('%') ? null : size;

    private static bool ReadDestination(ReadOnlySpan<char> text, ref int i, out string url)
    {
        url = "";
        if (i < text.Length && text[i] == '<')
        {
            var end = text[(i + 1)..].IndexOfAny('>', '\n');
            if (end < 0 || text[i + 1 + end] != '>')
            {
                return false;
            }

            url = text.Slice(i + 1, end).ToString();
            i += end + 2;
            return true;
        }

        var start = i;
        while (i < text.Length && text[i] > ' ' && text[i] != ')')
        {
            i++;
        }

        url = text[start..i].ToString();
        return i > start;
    }

    private static (string? Size, bool Ok) ReadSize(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < MaxDigits)
        {
            i++;
        }

        if (i == start)
        {
            return (null, true);
        }

        if (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            return (null, false);
        }

        if (i < text.Length && text[i] == '%')
        {
            i++;
        }

        return (text[start..i].ToString(), true);
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
