namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Defence in depth for text that merely mentions a script URL (a code sample, or markup Markdig left as
/// text): "javascript:" in rendered HTML becomes "javascript&amp;#58;", which reads the same but can never be
/// taken for a live URL by a careless consumer or flagged by a scanner. Links and images never carry
/// such URLs: <see cref="UrlPolicy"/> drops them earlier. A vectorised search for the colon, which few pages have
/// more than a few dozen of (a search for the whole marker, case-insensitively, stops at every 's' of English text).
/// </summary>
public static class ScriptSchemeText
{
    private const string Marker = "script:";

    public static string Neutralize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var index = IndexOfMarker(html, 0);
        if (index < 0)
        {
            return html;
        }

        var builder = new System.Text.StringBuilder(html.Length + 16);
        var start = 0;
        while (index >= 0)
        {
            var colon = index + Marker.Length - 1;
            builder.Append(html, start, colon - start).Append("&#58;");
            start = colon + 1;
            index = IndexOfMarker(html, start);
        }

        return builder.Append(html, start, html.Length - start).ToString();
    }

    /// <summary>
    /// The same, in place, for HTML rendered into a builder (the article body, which never becomes a string of its
    /// own). A body that fit its buffer is one chunk and is searched where it lies; a builder of several chunks, or one
    /// that holds the marker, goes through the string path.
    /// </summary>
    public static void Neutralize(System.Text.StringBuilder html)
    {
        ArgumentNullException.ThrowIfNull(html);
        ReadOnlyMemory<char> only = default;
        var chunks = 0;
        foreach (var chunk in html.GetChunks())
        {
            only = chunk;
            if (++chunks > 1)
            {
                break;
            }
        }

        if (chunks <= 1 && IndexOfMarker(only.Span, 0) < 0)
        {
            return;
        }

        var text = html.ToString();
        var neutral = Neutralize(text);
        if (!ReferenceEquals(neutral, text))
        {
            html.Clear().Append(neutral);
        }
    }

    /// <summary>Where the next "script:" in any case starts, at or after <paramref name="start"/>; -1 when none does.</summary>
    private static int IndexOfMarker(ReadOnlySpan<char> html, int start)
    {
        const int word = 6; // "script" before the colon
        for (var i = start + word; i < html.Length; i++)
        {
            var next = html[i..].IndexOf(':');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (html.Slice(i - word, word).Equals(Marker.AsSpan(0, word), StringComparison.OrdinalIgnoreCase))
            {
                return i - word;
            }
        }

        return -1;
    }
}
