using System.Globalization;
using CsCheck;
using Pipeline.Rendering.Markdown.PlainText;

namespace Pipeline.Rendering.Tests.Markdown;

public sealed class LineShapesTests
{
    // Units that are one grapheme alone and join others: combining marks, an emoji with a modifier, a ZWJ family, flags.
    private static readonly string[] Pieces = ["a", "字", "カ", "\u3099", "e\u0301", "👍🏽", "👨‍👩‍👧", "🇯🇵", " ", "。", "Ａ", "ｶﾞ", "〪", "\u0301", "é", "한", "\u1100\u1161"];

    [Fact]
    public void A_line_is_at_most_n_long_exactly_when_it_has_at_most_n_graphemes() =>
        Gen.Select(Gen.Frequency((1, Gen.OneOf(Pieces)), (3, Gen.OneOf("a", "字", "カ", "。", "Ａ", " "))).Array[0, 70].Select(string.Concat), Gen.Int[0, 60]).Sample((line, max) =>
            Assert.Equal(new StringInfo(line).LengthInTextElements <= max, LineShapes.IsAtMost(line, max)), iter: 3000);

    [Theory]
    [InlineData("👨‍👩‍👧👨‍👩‍👧", 2, true)]
    [InlineData("👨‍👩‍👧👨‍👩‍👧", 1, false)]
    [InlineData("かか\u3099", 2, true)]
    public void Graphemes_not_units_are_counted(string line, int max, bool expected) =>
        Assert.Equal(expected, LineShapes.IsAtMost(line, max));
}
