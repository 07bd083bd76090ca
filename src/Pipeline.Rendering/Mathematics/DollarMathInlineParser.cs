using Markdig.Helpers;
using Markdig.Parsers;

namespace Pipeline.Rendering.Mathematics;

/// <summary>
/// <c>$…$</c> and <c>$$…$$</c> inside a paragraph, following the rules Zenn's <c>dollar</c> tests describe: no
/// digit or backslash before the opening <c>$</c> and no digit after the closing one (so "$5 and $10" is text),
/// no white space just inside the delimiters, one line only, the first possible closing delimiter ends the
/// formula, and a formula never spans a link's <c>](</c> (so <c>[see $x](https://a/$b)</c> stays a link).
/// Unlike Zenn, <c>\$</c> inside a formula is TeX's dollar sign, not a delimiter. Runs when the inline scan
/// reaches the <c>$</c>, so emphasis and backslash escapes never see the TeX.
/// </summary>
public sealed class DollarMathInlineParser : InlineParser
{
    public DollarMathInlineParser()
    {
        OpeningCharacters = ['$'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        if (before == '\\' || char.IsAsciiDigit(before) || before == '$')
        {
            return false;
        }

        var text = slice.Text;
        var display = slice.PeekChar() == '$';
        var delimiter = display ? 2 : 1;
        var contentStart = slice.Start + delimiter;
        var close = FindClose(text, contentStart, slice.End, display);
        var end = close + delimiter;
        if (close < 0 || (end < text.Length && end <= slice.End && char.IsAsciiDigit(text[end])))
        {
            return false;
        }

        var tex = text[contentStart..close];
        if (tex.Contains("](", StringComparison.Ordinal))
        {
            return false;
        }

        var startPosition = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var inline = new TexInline
        {
            Tex = tex,
            Display = display,
            Span = new Markdig.Syntax.SourceSpan(startPosition, startPosition + (end - slice.Start) - 1),
            Line = line,
            Column = column,
        };
        processor.Inline = inline;
        MathTypesetting.Register(processor.Document, inline);
        slice.Start = end;
        return true;
    }

    /// <summary>Index of the closing delimiter, or -1: the first unescaped one after a non-space, on this line.</summary>
    private static int FindClose(string text, int start, int last, bool display)
    {
        if (start > last || char.IsWhiteSpace(text[start]) || text[start] == '$')
        {
            return -1;
        }

        for (var i = start; i <= last; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                return -1;
            }

            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '$' && i > start && !char.IsWhiteSpace(text[i - 1]) && (!display || (i + 1 <= last && text[i + 1] == '$')))
            {
                return i;
            }
        }

        return -1;
    }
}
