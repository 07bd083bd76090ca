namespace Pipeline.Rendering.Text;

/// <summary>
/// Sentence-aware excerpts: as many whole sentences as fit the limit, ending at 。！？ (or . ! ? followed by
/// a space, the end or unspaced text), with any closing brackets or quotes kept. Only when the first
/// sentence alone is too long is it cut at a grapheme boundary (a word boundary for spaced text) with "…".
/// </summary>
public static class Excerpts
{
    public const int CjkLimit = 120;
    public const int SpacedLimit = 200;

    private const string Closers = "」』）)】〕〉》\"'”’]";

    /// <summary>
    /// How far past its limit <see cref="Cut"/> reads: the character after a sentence end, the closers after it, and
    /// whether a grapheme runs past the limit, each of which a text cut a little beyond the limit answers the same.
    /// </summary>
    private const int ReadAhead = 16;

    /// <summary>
    /// <see cref="Cut"/> of the lead with its white space collapsed, collapsing only as much of it as the cut reads:
    /// the lead runs to 2,000 characters, and collapsing all of it cost a Japanese Markdown article a tenth of its render.
    /// </summary>
    public static string FromLead(string lead, int limit) => Cut(WhiteSpace.Collapse(lead, ' ', limit + ReadAhead), limit);

    public static string Cut(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length <= limit)
        {
            return text;
        }

        var best = 0;
        for (var i = 0; i < limit; i++)
        {
            if (SentenceEndsAt(text, i) is var end && end > 0 && end <= limit)
            {
                best = end;
            }
        }

        if (best > 0)
        {
            return text[..best].TrimEnd();
        }

        var cut = Graphemes.BoundaryAtOrBefore(text, limit - 1);
        var space = text.LastIndexOf(' ', Math.Max(0, cut - 1));
        if (space > limit / 2)
        {
            cut = space;
        }

        return text[..cut].TrimEnd() + "…";
    }

    /// <summary>When a sentence ends with the character at <paramref name="i"/>, the index just after it (and its closers); else 0.</summary>
    private static int SentenceEndsAt(string text, int i)
    {
        var c = text[i];
        var isEnd = c switch
        {
            '。' or '！' or '？' => true,
            '!' or '?' => i + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[i + 1]),
            '.' => (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, i),
            _ => false,
        };
        if (!isEnd)
        {
            return 0;
        }

        var end = i + 1;
        while (end < text.Length && Closers.Contains(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>"D.C." or "e.g." is not a sentence end: the word before the dot is one letter, or a known abbreviation.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        return word.Length == 1
            || word.Equals("Mr", StringComparison.Ordinal) || word.Equals("Mrs", StringComparison.Ordinal)
            || word.Equals("Ms", StringComparison.Ordinal) || word.Equals("Dr", StringComparison.Ordinal)
            || word.Equals("St", StringComparison.Ordinal) || word.Equals("vs", StringComparison.Ordinal)
            || word.Equals("No", StringComparison.Ordinal);
    }
}
