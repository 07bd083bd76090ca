using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pipeline.Rendering.Text;

/// <summary>
/// Answers "already NFC" without ICU for text made only of characters that are NFC in any context — no
/// decomposition, combining class 0, never composed with the character before (Unicode's NFC_Quick_Check=Yes):
/// Latin-1 and Latin Extended, general punctuation, letterlike symbols, arrows, mathematical and technical symbols,
/// shapes and dingbats, CJK symbols, kana (not the combining sound marks U+3099/U+309A), CJK ideographs, full- and
/// half-width forms, and the emoji and pictographs of U+1F000–U+1FBFF. Any other character sends the whole text to
/// ICU, so the answer "normalised" is only ever given when it is certain; Japanese and English drafts, emoji and
/// "⇒" included, almost always take the fast path.
/// </summary>
internal static class NfcQuickCheck
{
    /// <summary>The last of the Latin characters (Latin-1, Latin Extended, IPA, spacing modifiers): combining marks start after it.</summary>
    private const char LatinEnd = '\u02FF';

    public static bool IsCertainlyNormalized(ReadOnlySpan<char> text)
    {
        // Latin text in vector steps at full width; from the first other character on, eight characters at a time
        // while all are in the common ranges (AllCommon), back to full width at the next eight Latin ones, and one by
        // one otherwise.
        var i = text.IndexOfAnyExceptInRange('\0', LatinEnd);
        if (i < 0)
        {
            return true;
        }

        ref var units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        while (i < text.Length)
        {
            if (Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count <= text.Length)
            {
                var block = Vector128.LoadUnsafe(ref units, (nuint)i);
                if (AllCommon(block))
                {
                    i += Vector128<ushort>.Count;
                    if (Vector128.LessThanOrEqual(block, Vector128.Create((ushort)LatinEnd)) == Vector128<ushort>.AllBitsSet)
                    {
                        var latin = text[i..].IndexOfAnyExceptInRange('\0', LatinEnd);
                        if (latin < 0)
                        {
                            return true;
                        }

                        i += latin;
                    }

                    continue;
                }
            }

            if (text[i] <= '\u00FF' || IsStable(text[i]))
            {
                i++;
                continue;
            }

            if (!IsStablePair(text, i))
            {
                return false;
            }

            i += 2;
        }

        return true;
    }

    /// <summary>
    /// Whether every lane is in one of the ranges Latin, Japanese and English prose are made of (a subset of
    /// <see cref="IsStable"/>): Latin up to U+02FF, general punctuation, CJK symbols, kana, ideographs, full-width forms.
    /// </summary>
    private static bool AllCommon(Vector128<ushort> chars) =>
        (Vector128.LessThanOrEqual(chars, Vector128.Create((ushort)LatinEnd))
            | InRange(chars, 0x2002, 0x20CF)
            | InRange(chars, 0x3000, 0x3029)
            | InRange(chars, 0x3030, 0x3096)
            | InRange(chars, 0x309B, 0x9FFF)
            | InRange(chars, 0xFF01, 0xFFEF)) == Vector128<ushort>.AllBitsSet;

    private static Vector128<ushort> InRange(Vector128<ushort> chars, ushort first, ushort last) =>
        Vector128.LessThanOrEqual(chars - Vector128.Create(first), Vector128.Create((ushort)(last - first)));

    /// <summary>
    /// Whether NFKC certainly leaves <paramref name="text"/> as it is: ASCII, hiragana, katakana (not the half-width
    /// forms or the spacing sound marks) and CJK ideographs only, which most tags, titles and headings are; anything
    /// else answers false and goes to ICU.
    /// </summary>
    public static bool IsCertainlyNfkc(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsCompatibilityStable(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A character of <see cref="IsCertainlyNfkc"/>'s ranges: no compatibility or canonical decomposition, never composed.</summary>
    internal static bool IsCompatibilityStable(char c) =>
        c is (<= '\u007F') or (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA') or '\u30FC'
            or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF');

    /// <summary>A BMP character outside Latin-1 that is NFC in any context (see the ranges in the class comment).</summary>
    internal static bool IsStable(char c) => c switch
    {
        >= '\u309B' and <= '\u9FFF' => true,   // spacing sound marks, katakana, CJK strokes, enclosed and compatibility CJK, extension A, ideographs
        >= '\u3041' and <= '\u3096' => true,   // hiragana
        >= '\u3000' and <= '\u3029' => true,   // CJK symbols and punctuation, before the combining tone marks
        >= '\u3030' and <= '\u303F' => true,
        >= '\uFF01' and <= '\uFFEF' => true,   // full-width forms, half-width katakana and their spacing sound marks
        >= '\u0100' and <= '\u02FF' => true,   // Latin Extended, IPA, spacing modifier letters (combining marks start at U+0300)
        >= '\u2002' and <= '\u20CF' => true,   // spaces, dashes, quotes, bullets, ellipsis, currency (U+2000/U+2001 are canonically U+2002/U+2003)
        >= '\u20F1' and <= '\u2125' => true,   // letterlike symbols up to the ohm sign (U+2126 is canonically Ω)
        >= '\u2127' and <= '\u2129' => true,
        >= '\u212C' and <= '\u2328' => true,   // …(U+212A, U+212B are K and Å), arrows, mathematical operators, technical
        >= '\u232B' and <= '\u2ADB' => true,   // …(U+2329, U+232A are canonically 〈 〉), boxes, shapes, dingbats, ✅
        >= '\u2ADD' and <= '\u2BFF' => true,   // …(U+2ADC decomposes and is excluded from composition)
        _ => false,
    };

    /// <summary>An emoji or pictograph (U+1F000–U+1FBFF) as a surrogate pair at <paramref name="index"/>: none decomposes or combines.</summary>
    private static bool IsStablePair(ReadOnlySpan<char> text, int index) =>
        text[index] is >= '\uD83C' and <= '\uD83E'
        && index + 1 < text.Length
        && char.IsLowSurrogate(text[index + 1]);
}
