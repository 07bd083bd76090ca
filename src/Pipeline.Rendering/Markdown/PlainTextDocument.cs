using Pipeline.Rendering.Markdown.PlainText;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Builds the Markdig document for a plain-text draft directly (no Markdown parsing, so nothing in the text is
/// taken for markup). The first non-empty line is the title unless the front matter gives one. Then each line is
/// read by the first rule that takes it, in this order:
/// <list type="number">
/// <item><see cref="NextPageRecognizer"/>: <c>次のページを読む ⇒</c> and its teaser → a "next page" note;</item>
/// <item><see cref="ReactionRecognizer"/>: the line before that marker → the reader's reaction;</item>
/// <item><see cref="KeyPointsRecognizer"/>: the first run of 💡 lines → a labelled key-points box;</item>
/// <item><see cref="SourceBlockRecognizer"/>: <c>公開日:</c> date, ✅ summary, <c>さらに読む ⇒…出典: URL</c> → a cited source;</item>
/// <item><see cref="SectionHeadingRecognizer"/>: a heading-like line and a question → h2, h3 and the section's lead;</item>
/// <item><see cref="MarkedListRecognizer"/>: marker lines → a list that keeps its markers;</item>
/// <item>anything else → a paragraph, bare http(s) URLs linked.</item>
/// </list>
/// Rules 2, 3 and 5 infer structure from shape alone, so they apply only to a <em>structured</em> draft (one with a
/// citation line, or 💡 lines among its first lines, see <see cref="StructureSignals"/>): a memo, a poem or a
/// list of short lines stays what it was. No rule drops text except the arrows of the markers and the URL of a
/// citation, which becomes the caption's link.
/// </summary>
public static class PlainTextDocument
{
    /// <summary>CSS class of a list whose items show the author's own markers.</summary>
    public const string MarkedListClass = PlainTextClasses.MarkedList;

    /// <summary>
    /// Markdig data key set on structure blocks: the lead the excerpt is cut from ends before them, so a
    /// structured draft's excerpt is its lead paragraph.
    /// </summary>
    public static readonly object EndsLead = new();

    private static readonly ILineRecognizer[] Rules =
    [
        new NextPageRecognizer(),
        new ReactionRecognizer(),
        new KeyPointsRecognizer(),
        new SourceBlockRecognizer(),
        new SectionHeadingRecognizer(),
        new MarkedListRecognizer(),
    ];

    /// <param name="body">The draft body.</param>
    /// <param name="takeTitle">When true, the first non-empty line is the title and not part of the document.</param>
    public static PlainTextStructure Build(string body, bool takeTitle)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = LineCursor.Split(body);
        string? title = null;
        if (takeTitle && lines.NextNonBlank(-1) is var first and >= 0)
        {
            title = lines[first];
            lines.MoveTo(first + 1);
        }

        var output = new PlainTextBuilder(StructureSignals.IsStructured(lines));
        while (!lines.AtEnd)
        {
            if (lines.Current.Length == 0)
            {
                output.EndList();
                lines.Advance();
                continue;
            }

            if (!AnyRuleReads(lines, output))
            {
                output.Add(PlainTextInlines.Paragraph(lines.Current));
                lines.Advance();
            }
        }

        return new PlainTextStructure(output.Document, title, output.KeyPoints, output.Citations);
    }

    /// <summary>Whether a rule took the current line (a loop, not <c>Array.Exists</c>: no delegate per line).</summary>
    private static bool AnyRuleReads(LineCursor lines, PlainTextBuilder output)
    {
        foreach (var rule in Rules)
        {
            if (rule.TryRead(lines, output))
            {
                return true;
            }
        }

        return false;
    }
}
