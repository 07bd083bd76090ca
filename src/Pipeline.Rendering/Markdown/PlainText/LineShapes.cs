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

    public static bool IsHeadingLike(string line) =>
        IsPlain(line)
        && Length(line) <= MaxHeadingLength
        && !line.Contains('。', StringComparison.Ordinal)
        && !EndsLikeSentence(line)
        && !PlainTextUrls.Contains(line);

    public static bool IsQuestion(string line) =>
        IsPlain(line)
        && Length(line) <= MaxQuestionLength
        && line[^1] is '?' or '？'
        && !line.Contains('。', StringComparison.Ordinal)
        && !PlainTextUrls.Contains(line);

    public static int Length(string line) => new StringInfo(line).LengthInTextElements;

    private static bool EndsLikeSentence(string line) =>
        line[^1] is '。' or '．' or '.' or '！' or '!' or '？' or '?' or '、' or '，' or ',' or '：' or ':' or ';' or '；' or '…';
}
