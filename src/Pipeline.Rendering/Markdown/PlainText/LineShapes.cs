using System.Globalization;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// The shapes of single lines the rules are built on. A <em>plain</em> line is one no explicit marker claims;
/// a <em>heading-like</em> line is short, holds no URL and no sentence end; a <em>question</em> is short and ends
/// with <c>?</c> or <c>？</c>.
/// </summary>
internal static class LineShapes
{
    /// <summary>Longer lines are prose, not headings (the sample's headings are 25–26 characters).</summary>
    public const int MaxHeadingLength = 40;

    public const int MaxQuestionLength = 60;

    /// <summary>A section's lead is one short line: longer, it is the section's first paragraph.</summary>
    public const int MaxSectionLeadLength = 80;

    public static bool IsPlain(string line) =>
        line.Length > 0
        && !MarkerLines.Is(line)
        && SourceDateLine.Parse(line) is null
        && CitationLine.Parse(line) is null
        && NextPageLine.Parse(line) is null;

    // The shape tests below run on every line of a structured draft, most of them prose: the cheapest test that rules
    // prose out (its last character, then a sentence end anywhere) comes first, the grapheme count and marker parsing last.
    public static bool IsHeadingLike(string line) =>
        line.Length > 0
        && !EndsLikeSentence(line)
        && !line.Contains('。', StringComparison.Ordinal)
        && IsAtMost(line, MaxHeadingLength)
        && !PlainTextUrls.Contains(line)
        && IsPlain(line);

    public static bool IsQuestion(string line) =>
        line.Length > 0
        && line[^1] is '?' or '？'
        && !line.Contains('。', StringComparison.Ordinal)
        && IsAtMost(line, MaxQuestionLength)
        && !PlainTextUrls.Contains(line)
        && IsPlain(line);

    /// <summary>
    /// Whether <paramref name="line"/> holds at most <paramref name="max"/> user-perceived characters. A line is never
    /// longer in graphemes than in UTF-16 units, so short lines need no segmentation, and a long one stops being
    /// segmented at the first grapheme over: prose lines are hundreds of characters and most lines are prose.
    /// </summary>
    public static bool IsAtMost(string line, int max)
    {
        if (line.Length <= max)
        {
            return true;
        }

        if (!line.AsSpan().ContainsAnyExcept(Standalone))
        {
            // No character here joins a neighbour into one grapheme: the length is the count.
            return false;
        }

        var rest = line.AsSpan();
        for (var count = 0; !rest.IsEmpty; count++)
        {
            if (count == max)
            {
                return false;
            }

            rest = rest[StringInfo.GetNextTextElementLength(rest)..];
        }

        return true;
    }

    /// <summary>
    /// Characters that are each a grapheme of their own whatever surrounds them (no combining mark, joiner, variation
    /// selector, surrogate, Hangul jamo or prepended mark among them; CR is absent, lines end at LF): ASCII, Latin-1 and
    /// Latin Extended letters, CJK punctuation but its combining tone marks (U+302A–U+302F), kana but the combining voiced
    /// marks (U+3099–U+309A), Han, and the full-width forms (not the half-width ones, whose voiced marks combine).
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Standalone = System.Buffers.SearchValues.Create(StandaloneCharacters());

    private static string StandaloneCharacters()
    {
        var characters = new System.Text.StringBuilder();
        foreach (var (first, last) in new (char, char)[] { ('\u0000', '\u02FF'), ('\u3000', '\u3029'), ('\u3030', '\u3098'), ('\u309B', '\u30FF'), ('\u3400', '\u4DBF'), ('\u4E00', '\u9FFF'), ('\uFF01', '\uFF5E') })
        {
            for (var c = first; c <= last; c++)
            {
                characters.Append(c);
            }
        }

        return characters.ToString();
    }

    private static bool EndsLikeSentence(string line) =>
        line[^1] is '。' or '．' or '.' or '！' or '!' or '？' or '?' or '、' or '，' or ',' or '：' or ':' or ';' or '；' or '…';
}
