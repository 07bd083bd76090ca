namespace Pipeline.Rendering.Text;

/// <summary>
/// Answers "already NFC" without ICU for text made only of characters that are NFC in any context — no
/// decomposition, combining class 0, never composed with the character before (Unicode's NFC_Quick_Check=Yes):
/// Latin-1, the usual punctuation, CJK symbols, kana (not the combining sound marks U+3099/U+309A), CJK ideographs,
/// full- and half-width forms. Any other character sends the whole text to ICU, so the answer "normalised" is only
/// ever given when it is certain; Japanese and English drafts almost always take the fast path.
/// </summary>
internal static class NfcQuickCheck
{
    public static bool IsCertainlyNormalized(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Latin-1 runs in vector steps, then the other characters one by one.
            var next = text[i..].IndexOfAnyExceptInRange('\0', '\u00FF');
            if (next < 0)
            {
                return true;
            }

            for (i += next; i < text.Length && text[i] > '\u00FF'; i++)
            {
                if (!IsStable(text[i]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A BMP character outside Latin-1 that is NFC in any context (see the ranges in the class comment).</summary>
    internal static bool IsStable(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FFF' => true,   // CJK unified ideographs (the compatibility ideographs U+F900… are not)
        >= '\u3041' and <= '\u3096' => true,   // hiragana
        >= '\u309B' and <= '\u30FF' => true,   // spacing sound marks, katakana
        >= '\u3000' and <= '\u3029' => true,   // CJK symbols and punctuation, before the combining tone marks
        >= '\u3030' and <= '\u303F' => true,
        >= '\u3400' and <= '\u4DBF' => true,   // CJK extension A
        >= '\uFF01' and <= '\uFF9D' => true,   // full-width forms, half-width katakana
        >= '\uFFA0' and <= '\uFFEF' => true,
        >= '\u2010' and <= '\u2027' => true,   // dashes, quotes, bullets, ellipsis (U+2000/U+2001 have canonical decompositions)
        >= '\u2030' and <= '\u205E' => true,   // per mille, primes, …
        _ => false,
    };
}
