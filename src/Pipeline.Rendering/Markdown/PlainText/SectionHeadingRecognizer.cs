using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// Rule: in a structured draft, a heading-like line (short, no sentence end, no URL) followed by a question
/// (short, ending in <c>?</c>/<c>？</c>) opens a section: the first line is its h2, the question its h3, and the
/// next line, when short and plain, its lead (<c>&lt;p class="section-lead"&gt;</c>). Both headings get ids and
/// land in the table of contents like Markdown headings. Requiring the pair keeps a poem's or a list's short
/// lines paragraphs.
/// </summary>
internal sealed class SectionHeadingRecognizer : ILineRecognizer
{
    private static readonly HeadingBlockParser HeadingParser = new();

    public bool TryRead(LineCursor lines, PlainTextBuilder output)
    {
        if (!output.IsStructured || !StartsSection(lines, lines.Position))
        {
            return false;
        }

        var question = lines.NextNonBlank(lines.Position);
        output.Add(Heading(output.Document, 2, lines.Current), isStructure: true);
        output.Add(Heading(output.Document, 3, lines[question]), isStructure: true);
        output.HasHeading = true;

        var end = question + 1;
        var lead = lines.NextNonBlank(question);
        if (lead >= 0 && LineShapes.IsPlain(lines[lead]) && LineShapes.IsAtMost(lines[lead], LineShapes.MaxSectionLeadLength) && !StartsSection(lines, lead))
        {
            var paragraph = PlainTextInlines.Paragraph(lines[lead]);
            paragraph.GetAttributes().AddClass(PlainTextClasses.SectionLead);
            output.Add(paragraph);
            end = lead + 1;
        }

        lines.MoveTo(end);
        return true;
    }

    private static bool StartsSection(LineCursor lines, int index) =>
        LineShapes.IsHeadingLike(lines[index]) && lines.LineAfter(index) is { } next && LineShapes.IsQuestion(next);

    private static HeadingBlock Heading(MarkdownDocument document, int level, string text)
    {
        var heading = new HeadingBlock(HeadingParser) { Level = level, HeaderChar = '#', Inline = PlainTextInlines.Of(text) };
        UnicodeHeadingIdExtension.AssignId(document, heading);
        return heading;
    }
}
