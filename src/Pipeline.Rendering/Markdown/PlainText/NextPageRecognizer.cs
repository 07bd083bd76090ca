using Markdig.Renderers.Html;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// Rule: a <c>次のページを読む ⇒</c> line becomes a "next page" note (<c>&lt;aside class="next-page"&gt;</c>): its
/// words as the note's label, without the arrow that would point at nothing, and as its text whatever follows the
/// arrow on the line or else the next plain line (the teaser of the next page).
/// </summary>
internal sealed class NextPageRecognizer : ILineRecognizer
{
    public bool TryRead(LineCursor lines, PlainTextBuilder output)
    {
        if (NextPageLine.Parse(lines.Current) is not { } marker)
        {
            return false;
        }

        var note = new ElementBlock(HtmlTag.Aside);
        note.GetAttributes().AddClass(PlainTextClasses.NextPage);
        var label = PlainTextInlines.Paragraph(marker.Label);
        label.GetAttributes().AddClass(PlainTextClasses.NextPageLabel);
        note.Add(label);

        var end = lines.Position + 1;
        if (marker.Rest.Length > 0)
        {
            note.Add(PlainTextInlines.Paragraph(marker.Rest));
        }
        else if (lines.NextNonBlank(lines.Position) is var teaser and >= 0 && LineShapes.IsPlain(lines[teaser]))
        {
            note.Add(PlainTextInlines.Paragraph(lines[teaser]));
            end = teaser + 1;
        }

        output.Add(note, isStructure: true);
        lines.MoveTo(end);
        return true;
    }
}
