using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Rendering.Text;

/// <summary>
/// URL slugs and heading ids that keep every script's letters: NFKC (full-width ＡＢＣ → abc), lower-case,
/// letters and digits kept, every other run (spaces, punctuation, emoji) one hyphen. The result holds
/// only letters, digits and hyphens, so it can never contain <c>/ \ # ? ..</c> or control characters.
/// </summary>
public static class Slugs
{
    public const int MaxLength = 80;

    /// <summary>May return an empty string when the text has no letter or digit at all.</summary>
    public static string FromText(string text, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = NfcQuickCheck.IsCertainlyNfkc(text) || text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(Math.Min(folded.Length, maxLength + 8));
        var pendingHyphen = false;
        Span<char> lower = stackalloc char[2];
        foreach (var rune in folded.EnumerateRunes())
        {
            // Kana and ideographs are letters without case: kept as they are, without asking Unicode's tables.
            var caseless = rune.IsBmp && rune.Value > 0x7F && NfcQuickCheck.IsCompatibilityStable((char)rune.Value);
            if (!caseless)
            {
                var category = Rune.GetUnicodeCategory(rune);
                var keep = Rune.IsLetterOrDigit(rune)
                    || (builder.Length > 0 && !pendingHyphen && category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);
                if (!keep)
                {
                    pendingHyphen = builder.Length > 0;
                    continue;
                }
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            if (caseless)
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                builder.Append(lower[..Rune.ToLowerInvariant(rune).EncodeToUtf16(lower)]);
            }

            if (builder.Length > maxLength * 2)
            {
                break;
            }
        }

        return Shorten(builder.ToString(), maxLength);
    }

    /// <summary>Stable fallback for drafts whose title has no letters: "article-" and 10 hex digits of the path's SHA-256.</summary>
    public static string FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(path));
        return "article-" + Convert.ToHexStringLower(hash)[..10];
    }

    /// <summary>Cuts at a grapheme boundary, preferring the last hyphen in the second half so words stay whole.</summary>
    private static string Shorten(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var cut = Graphemes.BoundaryAtOrBefore(slug, maxLength);
        var hyphen = slug.LastIndexOf('-', cut);
        if (hyphen > maxLength / 2)
        {
            cut = hyphen;
        }

        return slug[..cut].TrimEnd('-');
    }
}
