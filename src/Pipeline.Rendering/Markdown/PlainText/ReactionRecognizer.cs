using Markdig.Renderers.Html;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// Rule: in a structured draft, the plain line just before the <c>次のページを読む ⇒</c> marker is the reader's
/// reaction (<c>&lt;aside class="reaction"&gt;</c>). Nothing else marks a reaction, so without that marker there is none.
/// </summary>
internal sealed class ReactionRecognizer : ILineRecognizer
{
    public bool TryRead(LineCursor lines, PlainTextBuilder output)
    {
        // The marker after the line is the rare part: it is looked for first.
        if (!output.IsStructured || lines.LineAfter(lines.Position) is not { } next || NextPageLine.Parse(next) is null
            || !LineShapes.IsPlain(lines.Current))
        {
            return false;
        }

        var reaction = new ElementBlock(HtmlTag.Aside);
        reaction.GetAttributes().AddClass(PlainTextClasses.Reaction);
        reaction.Add(PlainTextInlines.Paragraph(lines.Current));
        output.Add(reaction, isStructure: true);
        lines.Advance();
        return true;
    }
}
