using System.Buffers;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// Bare http(s) URLs in plain text: where one starts, and where it ends — where its ASCII characters end, since
/// Japanese text often follows a URL without a space. Trailing punctuation and an unbalanced ')' are left to the sentence.
/// </summary>
internal static class PlainTextUrls
{
    /// <summary>ASCII letters, digits and the characters RFC 3986 allows in a URL, searched as one vector set.</summary>
    private static readonly SearchValues<char> UrlCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%");

    /// <summary>Index of the first URL at or after <paramref name="from"/>, or -1.</summary>
    public static int Find(string text, int from)
    {
        for (var i = text.IndexOf("http", from, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf("http", i + 4, StringComparison.OrdinalIgnoreCase))
        {
            var rest = text.AsSpan(i);
            if ((rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && rest.Length > 8)
                || (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && rest.Length > 7))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool Contains(string text) => Find(text, 0) >= 0;

    /// <summary>The index just after the URL starting at <paramref name="start"/>.</summary>
    public static int End(string text, int start)
    {
        var length = text.AsSpan(start).IndexOfAnyExcept(UrlCharacters);
        var end = length < 0 ? text.Length : start + length;

        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"'
               || (text[end - 1] == ')' && text.AsSpan(start, end - start).Count('(') < text.AsSpan(start, end - start).Count(')')))
        {
            end--;
        }

        return end;
    }
}
