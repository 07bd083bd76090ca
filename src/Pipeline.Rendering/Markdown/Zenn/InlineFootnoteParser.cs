using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// Zenn's inline footnote <c>^[note]</c> (markdown-it-footnote, as zenn-markdown-html uses it): the note runs to the
/// <c>]</c> that balances the opening bracket (brackets inside code spans and escaped ones do not count) and is
/// ordinary inline Markdown, parsed like the paragraph around it. The reference becomes a Markdig
/// <see cref="FootnoteLink"/> and the note a <see cref="Footnote"/>, so both render exactly like <c>[^label]</c>
/// footnotes; <see cref="InlineFootnotes"/> numbers them together once the document's inlines are parsed.
/// </summary>
public sealed class InlineFootnoteParser : InlineParser
{
    public InlineFootnoteParser()
    {
        OpeningCharacters = ['^'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        ArgumentNullException.ThrowIfNull(processor);
        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        var close = ClosingBracket(text);
        if (close < 0)
        {
            return false;
        }

        var start = slice.Start;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        var note = new StringSlice(slice.Text, start + 2, start + close - 1);
        var footnote = InlineFootnotes.Add(processor, note, line, column);
        var link = new FootnoteLink(footnote)
        {
            Span = new SourceSpan(position, position + close),
            Line = line,
            Column = column,
        };
        footnote.Links.Add(link);
        processor.Inline = link;
        slice.Start = start + close + 1;
        return true;
    }

    /// <summary>Index of the <c>]</c> closing <c>^[</c> at the start of <paramref name="text"/>, or -1.</summary>
    internal static int ClosingBracket(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text[0] != '^' || text[1] != '[')
        {
            return -1;
        }

        var depth = 1;
        for (var i = 2; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '`':
                    i = AfterCodeSpan(text, i) - 1;
                    break;
                case '[':
                    depth++;
                    break;
                case ']' when --depth == 0:
                    return i;
            }
        }

        return -1;
    }

    /// <summary>The index after the code span opened by the backtick run at <paramref name="open"/>, or after the run when it never closes.</summary>
    private static int AfterCodeSpan(ReadOnlySpan<char> text, int open)
    {
        var run = 0;
        while (open + run < text.Length && text[open + run] == '`')
        {
            run++;
        }

        for (var i = open + run; i < text.Length; i++)
        {
            if (text[i] != '`')
            {
                continue;
            }

            var length = 0;
            while (i + length < text.Length && text[i + length] == '`')
            {
                length++;
            }

            if (length == run)
            {
                return i + length;
            }

            i += length - 1;
        }

        return open + run;
    }
}
