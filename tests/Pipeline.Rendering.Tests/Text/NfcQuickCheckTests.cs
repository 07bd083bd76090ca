using System.Text;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Tests.Text;

/// <summary>The quick NFC check answers "normalised" only where ICU agrees, whatever the characters around.</summary>
public sealed class NfcQuickCheckTests
{
    /// <summary>Starters that compose with a following character when that one can (Latin vowels, kana, Hangul jamo and syllables).</summary>
    private const string Composers = "AEIOUaeiounc\u00E9\u304B\u30AB\u3046\u30A6\u1100\uAC00\u0915";

    [Fact]
    public void Every_character_the_scan_accepts_is_NFC_after_any_starter()
    {
        var accepted = 0;
        for (var c = '\u0100'; c < '\uFFFF'; c++)
        {
            if (!NfcQuickCheck.IsStable(c))
            {
                continue;
            }

            accepted++;
            Assert.True(c.ToString().IsNormalized(NormalizationForm.FormC), $"U+{(int)c:X4} alone");
            foreach (var before in Composers)
            {
                Assert.True($"{before}{c}".IsNormalized(NormalizationForm.FormC), $"U+{(int)before:X4} U+{(int)c:X4}");
            }
        }

        Assert.True(accepted > 30_000);
    }

    [Fact]
    public void The_eight_at_a_time_path_accepts_exactly_the_characters_the_one_by_one_path_does()
    {
        for (var c = '\u0000'; c < '\uFFFF'; c++)
        {
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var expected = c <= '\u00FF' || NfcQuickCheck.IsStable(c);
            // After a kana (so the Latin pre-scan stops) and long enough for the vector path; a lone one goes one by one.
            Assert.Equal(expected, NfcQuickCheck.IsCertainlyNormalized("\u3042" + new string(c, 16)));
            Assert.Equal(expected, NfcQuickCheck.IsCertainlyNormalized("\u3042" + c));
        }
    }

    [Fact]
    public void Every_emoji_or_pictograph_the_scan_accepts_is_NFC_after_any_starter()
    {
        var accepted = 0;
        for (var scalar = 0x1F000; scalar <= 0x1FFFF; scalar++)
        {
            var pair = char.ConvertFromUtf32(scalar);
            if (!NfcQuickCheck.IsCertainlyNormalized(pair))
            {
                continue;
            }

            accepted++;
            foreach (var before in Composers)
            {
                Assert.True($"{before}{pair}".IsNormalized(NormalizationForm.FormC), $"U+{(int)before:X4} U+{scalar:X5}");
            }
        }

        Assert.Equal(0x1FC00 - 0x1F000, accepted);
    }

    [Theory]
    [InlineData("e\u0301")]            // e + combining acute
    [InlineData("\u304B\u3099")]       // か + combining voiced mark
    [InlineData("\uF900")]             // CJK compatibility ideograph
    [InlineData("\u2000")]             // en quad (canonically en space)
    [InlineData("\u212B")]             // angstrom sign
    [InlineData("\u1100\u1161")]       // Hangul jamo that compose to 가
    [InlineData("\u3000\u0301\u302A")] // combining marks out of canonical order (ideographic tone mark last)
    [InlineData("\u21D2\u0338")]       // ⇒ + combining long solidus (canonically ⇏)
    [InlineData("\u2329")]             // left-pointing angle bracket (canonically 〈)
    [InlineData("\uD834\uDD5E")]       // musical half note: decomposes, excluded from composition
    public void Text_that_is_not_NFC_is_never_taken_for_normalised(string text)
    {
        Assert.False(text.IsNormalized(NormalizationForm.FormC));
        Assert.False(NfcQuickCheck.IsCertainlyNormalized(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII, café, naïve — “quotes” … ‰")]
    [InlineData("日本語の文章です。カタカナ、ひらがな、漢字「括弧」！ＡＢＣ　ｶﾀｶﾅ")]
    [InlineData("💡 要点 ⇒ 合意 ✅ ①②③ → ≠ ★ ※ Łódź ə")]
    public void Latin_and_Japanese_prose_takes_the_fast_path(string text) => Assert.True(NfcQuickCheck.IsCertainlyNormalized(text));

    [Fact]
    public void Random_mixes_of_stable_and_combining_characters_agree_with_ICU_whenever_the_scan_says_normalised()
    {
        var random = new Random(16);
        string[] pieces = ["a", "é", "か", "カ", "漢", "　", "—", "e\u0301", "\u3099", "\u0301", "가", "\u1161", "ｶ", "ﾞ", "\u2000", "x", "💡", "⇒", "\u0338", "\uD83D", "\uDCA1", "Ł", "\u2126"];
        for (var round = 0; round < 20_000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (NfcQuickCheck.IsCertainlyNormalized(text))
            {
                Assert.True(text.IsNormalized(NormalizationForm.FormC), string.Join(" ", text.Select(c => $"U+{(int)c:X4}")));
            }
        }
    }
}
