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
    /// own). The builder is searched chunk by chunk; one that holds the marker is rewritten through the string path.
    /// </summary>
    public static void Neutralize(System.Text.StringBuilder html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (HasMarker(html))
        {
            var neutral = Neutralize(html.ToString());
            html.Clear().Append(neutral);
        }
    }

    private static bool HasMarker(System.Text.StringBuilder html)
    {
        const int word = 6; // "script" before the colon
        Span<char> window = stackalloc char[word];
        Span<char> carried = stackalloc char[word]; // the end of the chunks before this one, for a marker split across chunks
        var carriedLength = 0;
        foreach (var chunk in html.GetChunks())
        {
            var text = chunk.Span;
            for (var i = text.IndexOf(':'); i >= 0; i = NextColon(text, i))
            {
                scoped ReadOnlySpan<char> before;
                if (i >= word)
                {
                    before = text.Slice(i - word, word);
                }
                else
                {
                    var fromCarried = Math.Min(word - i, carriedLength);
                    carried[(carriedLength - fromCarried)..carriedLength].CopyTo(window);
                    text[..i].CopyTo(window[fromCarried..]);
                    before = window[..(fromCarried + i)];
                }

                if (before.Equals(Marker.AsSpan(0, word), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            // Keep the last characters seen: this chunk's, topped up from earlier ones when it is shorter.
            var keep = Math.Min(word, text.Length + carriedLength);
            var fromText = Math.Min(keep, text.Length);
            var fromEarlier = keep - fromText;
            carried[(carriedLength - fromEarlier)..carriedLength].CopyTo(window);
            text[^fromText..].CopyTo(window[fromEarlier..]);
            window[..keep].CopyTo(carried);
            carriedLength = keep;
        }

        return false;
    }

    private static int NextColon(ReadOnlySpan<char> text, int colon)
    {
        var next = text[(colon + 1)..].IndexOf(':');
        return next < 0 ? -1 : colon + 1 + next;
    }

    /// <summary>Where the next "script:" in any case starts, at or after <paramref name="start"/>; -1 when none does.</summary>
    private static int IndexOfMarker(string html, int start)
    {
        const int word = 6; // "script" before the colon
        for (var i = start + word; i < html.Length; i++)
        {
            var next = html.AsSpan(i).IndexOf(':');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (html.AsSpan(i - word, word).Equals(Marker.AsSpan(0, word), StringComparison.OrdinalIgnoreCase))
            {
                return i - word;
            }
        }

        return -1;
    }
}
