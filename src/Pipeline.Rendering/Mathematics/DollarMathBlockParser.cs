using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Pipeline.Rendering.Mathematics;

/// <summary>
/// A <c>$$</c> block: a line starting with <c>$$</c> and either closing on the same line (<c>$$E=mc^2$$</c>, an
/// optional Zenn equation number <c>(1)</c> after it) or on a later line. As in Zenn the TeX holds no <c>$</c>; a
/// <c>$$</c> that is never closed is not math. Unlike Zenn it may interrupt a paragraph, as fenced code does.
/// </summary>
public sealed partial class DollarMathBlockParser : BlockParser
{
    public DollarMathBlockParser()
    {
        OpeningCharacters = ['$'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        if (line.PeekChar() != '$' || line.PeekCharExtra(1) != '$')
        {
            // PeekChar(0) is the current char; PeekCharExtra(1) the next one.
            return BlockState.None;
        }

        var rest = line.Text.AsSpan(line.Start + 2, Math.Max(0, line.End - line.Start - 1));
        var close = rest.IndexOf("$$", StringComparison.Ordinal);
        var block = new TexBlock(this) { Line = processor.LineIndex, Column = processor.Column, Span = new SourceSpan(line.Start, line.End), IsBreakable = false };
        if (close >= 0)
        {
            var tex = rest[..close];
            if (tex.Contains('$') || tex.IsWhiteSpace() || !TryTrailer(rest[(close + 2)..], block, allowText: false))
            {
                return BlockState.None;
            }

            block.Content.Append(tex);
            processor.NewBlocks.Push(block);
            MathTypesetting.Register(processor.Document, block);
            return BlockState.Break;
        }

        if (rest.Contains('$') || !ClosesLater(line.Text, line.End + 1))
        {
            return BlockState.None;
        }

        block.Content.Append(rest).Append('\n');
        processor.NewBlocks.Push(block);
        MathTypesetting.Register(processor.Document, block);
        return BlockState.Continue;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var tex = (TexBlock)block;
        var line = processor.Line;
        var text = line.AsSpan();
        var close = text.IndexOf("$$", StringComparison.Ordinal);
        block.UpdateSpanEnd(line.End);
        if (close < 0)
        {
            tex.Content.Append(text).Append('\n');
            return BlockState.Continue;
        }

        tex.Content.Append(text[..close]);
        TryTrailer(text[(close + 2)..], tex, allowText: true);
        return BlockState.BreakDiscard;
    }

    /// <summary>After the closing <c>$$</c>: nothing, an equation number, or (on a later line only) text kept aside.</summary>
    private static bool TryTrailer(ReadOnlySpan<char> after, TexBlock block, bool allowText)
    {
        if (after.IsWhiteSpace())
        {
            return true;
        }

        var number = EquationNumber().Match(after.ToString());
        if (number.Success)
        {
            block.Tag = number.Groups[1].Value;
            return true;
        }

        if (allowText)
        {
            block.Trailing = after.Trim().ToString();
        }

        return allowText;
    }

    /// <summary>The next <c>$</c> in the draft starts a closing <c>$$</c> (Zenn: the TeX between holds no <c>$</c>).</summary>
    private static bool ClosesLater(string text, int from)
    {
        var next = from < text.Length ? text.IndexOf('$', from) : -1;
        return next >= 0 && next + 1 < text.Length && text[next + 1] == '$';
    }

    [GeneratedRegex(@"^\s*\(([A-Za-z0-9.:\-]{1,16})\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EquationNumber();
}
