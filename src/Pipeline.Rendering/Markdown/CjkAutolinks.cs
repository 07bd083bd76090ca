using Markdig.Helpers;
using Markdig.Syntax.Inlines;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Japanese text often follows a bare URL with no space (<c>…&amp;g=intトランプ氏が…</c>), and Markdig's
/// auto-link extension takes the Japanese into the URL. A bare link ends before the first Han, kana or
/// CJK punctuation character (and any ASCII punctuation just before it); the rest becomes text again.
/// Links written as <c>&lt;…&gt;</c> or <c>[text](url)</c> are untouched, so an IRI can still be linked whole.
/// </summary>
public static class CjkAutolinks
{
    /// <summary>Splits the text after the URL off a bare auto-link, in place. Returns whether it changed anything.</summary>
    public static bool TrimTrailingText(LinkInline link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!link.IsAutoLink || link.Url is not { } url || link.FirstChild is not LiteralInline literal || literal.NextSibling is not null)
        {
            return false;
        }

        var text = literal.Content.ToString();
        var cut = FirstUnspaced(text);
        if (cut <= 0)
        {
            return false;
        }

        while (cut > 0 && text[cut - 1] is '.' or ',' or ';' or ':' or '!' or '?')
        {
            cut--;
        }

        var rest = text[cut..];
        if (cut == 0 || !url.EndsWith(rest, StringComparison.Ordinal))
        {
            return false;
        }

        link.Url = url[..^rest.Length];
        literal.Content = new StringSlice(text[..cut]);
        link.InsertAfter(new LiteralInline(rest));
        return true;
    }

    private static int FirstUnspaced(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x3000 && System.Text.Rune.TryGetRuneAt(text, i, out var rune) && CjkText.IsUnspaced(rune))
            {
                return i;
            }
        }

        return -1;
    }
}
