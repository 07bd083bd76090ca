using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>Inline content for a line of plain text: literal text (nothing is taken for markup) with bare URLs as links.</summary>
internal static class PlainTextInlines
{
    public static ContainerInline Of(string text)
    {
        var container = new ContainerInline();
        AppendTo(container, text);
        return container;
    }

    public static ParagraphBlock Paragraph(string text) => new() { Inline = Of(text) };

    public static void AppendTo(ContainerInline container, string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var start = PlainTextUrls.Find(text, position);
            if (start < 0)
            {
                break;
            }

            var end = PlainTextUrls.End(text, start);
            if (start > position)
            {
                container.AppendChild(new LiteralInline(text[position..start]));
            }

            var url = text[start..end];
            var link = new LinkInline(url, "") { IsAutoLink = true };
            link.AppendChild(new LiteralInline(url));
            container.AppendChild(link);
            position = end;
        }

        if (position < text.Length)
        {
            container.AppendChild(new LiteralInline(text[position..]));
        }
    }
}
