using Markdig.Helpers;
using Markdig.Parsers;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// Zenn's <c>@[kind](token)</c> for the kinds <see cref="EmbedRules"/> knows. The token runs to the parenthesis that
/// balances the opening one on the same line (so an injected <c>"&gt;&lt;/iframe&gt;…)</c> stays inside the token and
/// fails validation). An <c>@</c> right after a letter or digit (an address) is not an embed; an unknown kind is text.
/// </summary>
public sealed class EmbedInlineParser : InlineParser
{
    /// <summary>Names are short words; anything longer is not an embed.</summary>
    private const int MaxKindLength = 20;

    public EmbedInlineParser()
    {
        OpeningCharacters = ['@'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        ArgumentNullException.ThrowIfNull(processor);
        if (slice.Start > 0 && char.IsLetterOrDigit(slice.Text[slice.Start - 1]))
        {
            return false;
        }

        var text = slice.Text.AsSpan(slice.Start, slice.Length);
        if (!TryRead(text, out var kind, out var token, out var length) || !EmbedRules.IsKnown(kind))
        {
            return false;
        }

        var start = slice.Start;
        processor.Inline = new EmbedInline(EmbedRules.Resolve(kind, token))
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), start + length - 1),
            Line = line,
            Column = column,
        };
        slice.Start = start + length;
        return true;
    }

    private static bool TryRead(ReadOnlySpan<char> text, out string kind, out string token, out int length)
    {
        kind = token = "";
        length = 0;
        if (!text.StartsWith("@["))
        {
            return false;
        }

        var close = text[2..].IndexOf("](");
        if (close <= 0 || close > MaxKindLength)
        {
            return false;
        }

        var name = text.Slice(2, close);
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        var open = 2 + close + 2;
        var depth = 1;
        for (var i = open; i < text.Length && text[i] != '\n'; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                kind = name.ToString();
                token = text[open..i].ToString();
                length = i + 1;
                return true;
            }
        }

        return false;
    }
}
