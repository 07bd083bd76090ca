using Markdig.Extensions.Figures;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// Rule: a cited source is an optional date line (<see cref="SourceDateLine"/>), the source's own summary as marker
/// lines (✅ …), and the <see cref="CitationLine"/> that closes it. It becomes
/// <c>&lt;figure class="source"&gt;</c>: the date as <c>&lt;time datetime&gt;</c>, the summary in
/// <c>&lt;blockquote cite=URL&gt;</c>, and a <c>&lt;figcaption&gt;</c> naming the source, linked to the URL. The
/// commentary after the URL on that line follows as a paragraph of its own. A date line with no citation line
/// after it is only a paragraph with its date marked up.
/// </summary>
internal sealed class SourceBlockRecognizer : ILineRecognizer
{
    private static readonly FigureBlockParser FigureParser = new();
    private static readonly QuoteBlockParser QuoteParser = new();

    public bool TryRead(LineCursor lines, PlainTextBuilder output)
    {
        var date = SourceDateLine.Parse(lines.Current);
        if (date is null && !MarkerLines.Is(lines.Current) && CitationLine.Parse(lines.Current) is null)
        {
            return false;
        }

        // The summary is a run of consecutive marker lines; blank lines may stand before and after it.
        var index = date is null ? lines.Position : lines.NextNonBlank(lines.Position);
        var summary = new List<string>();
        while (index >= 0 && index < lines.Count && MarkerLines.Is(lines[index]))
        {
            summary.Add(lines[index]);
            index++;
        }

        if (summary.Count > 0 && index < lines.Count && lines[index].Length == 0)
        {
            index = lines.NextNonBlank(index);
        }

        if (index < 0 || index >= lines.Count || CitationLine.Parse(lines[index]) is not { } citation)
        {
            return NotASource(lines, output, date, summary);
        }

        var figure = new Figure(FigureParser);
        figure.GetAttributes().AddClass(PlainTextClasses.Source);
        if (date is not null)
        {
            var dateParagraph = DateParagraph(date);
            dateParagraph.GetAttributes().AddClass(PlainTextClasses.SourceDate);
            figure.Add(dateParagraph);
        }

        if (summary.Count > 0)
        {
            var quote = new QuoteBlock(QuoteParser);
            quote.GetAttributes().AddProperty("cite", citation.Url);
            var list = PlainTextBuilder.MarkedList();
            summary.ForEach(line => list.Add(PlainTextBuilder.ListItem(line)));
            quote.Add(list);
            figure.Add(quote);
        }

        figure.Add(new FigureCaption(FigureParser) { Inline = Caption(citation) });
        output.Add(figure, isStructure: true);
        output.HasSource = true;
        output.Citations.Add(new Citation(
            citation.Url,
            citation.DisplayName,
            date is { IsUpdate: false } ? date.Date : null,
            date is { IsUpdate: true } ? date.Date : null));

        if (citation.Commentary.Length > 0)
        {
            output.Add(PlainTextInlines.Paragraph(citation.Commentary));
        }

        lines.MoveTo(index + 1);
        return true;
    }

    /// <summary>
    /// No citation line closes it: a date line is a paragraph with its date marked up; a marker run is an ordinary
    /// list, taken whole here so a long run is scanned once.
    /// </summary>
    private static bool NotASource(LineCursor lines, PlainTextBuilder output, SourceDateLine? date, List<string> summary)
    {
        if (date is not null)
        {
            output.Add(DateParagraph(date));
            lines.Advance();
            return true;
        }

        if (summary.Count == 0)
        {
            return false;
        }

        summary.ForEach(output.AddListItem);
        lines.MoveTo(lines.Position + summary.Count);
        return true;
    }

    /// <summary><c>公開日:&lt;time datetime="2025-08-26"&gt;2025/08/26&lt;/time&gt;</c>: the line's text, unchanged.</summary>
    private static ParagraphBlock DateParagraph(SourceDateLine date)
    {
        var time = new ElementInline(HtmlTag.Time);
        time.GetAttributes().AddProperty("datetime", date.Iso);
        time.AppendChild(new LiteralInline(date.DateText));
        var inline = new ContainerInline();
        inline.AppendChild(new LiteralInline(date.Label));
        inline.AppendChild(time);
        return new ParagraphBlock { Inline = inline };
    }

    /// <summary><c>さらに読む &lt;cite&gt;&lt;a href=URL&gt;name&lt;/a&gt;&lt;/cite&gt; 出典/画像元</c>, in the line's order; the arrow and the URL's text go.</summary>
    private static ContainerInline Caption(CitationLine citation)
    {
        var caption = new ContainerInline();
        caption.AppendChild(Span(PlainTextClasses.SourceMore, citation.More));
        caption.AppendChild(new LiteralInline(" "));

        var link = new LinkInline(citation.Url, "");
        link.AppendChild(new LiteralInline(citation.DisplayName));
        var cite = new ElementInline(HtmlTag.Cite);
        if (citation.Name.Length == 0)
        {
            cite.GetAttributes().AddClass(PlainTextClasses.Added);
        }

        cite.AppendChild(link);
        caption.AppendChild(cite);
        caption.AppendChild(new LiteralInline(" "));
        caption.AppendChild(Span(PlainTextClasses.SourceCredit, citation.Credit));
        return caption;
    }

    private static ElementInline Span(string cssClass, string text)
    {
        var span = new ElementInline(HtmlTag.Span);
        span.GetAttributes().AddClass(cssClass);
        span.AppendChild(new LiteralInline(text));
        return span;
    }
}
