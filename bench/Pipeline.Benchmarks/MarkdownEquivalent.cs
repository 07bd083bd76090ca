using Markdig.Extensions.Figures;
using Markdig.Renderers.Normalize;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pipeline.Rendering.Markdown;
using Pipeline.Rendering.Markdown.PlainText;

namespace Pipeline.Benchmarks;

/// <summary>
/// A plain-text draft written as the Markdown an author would write for the same structure: the tree
/// <see cref="PlainTextDocument.Build"/> finds (title, section headings, key points, lists, cited sources), with each
/// element Markdig has no syntax for (<see cref="ElementBlock"/>, the key-points box, and a source's <see cref="Figure"/>;
/// <see cref="ElementInline"/>: a date, a citation) written as the nearest Markdown (a block quote; its text), through Markdig's own
/// <see cref="NormalizeRenderer"/>. What raw Markdig costs for the structure the renderer detects: the second baseline
/// for the Japanese sample (docs/benchmarks.md §1), beside Markdig on the plain text, which finds only paragraphs.
/// </summary>
public static class MarkdownEquivalent
{
    public static string Of(string plainText)
    {
        var structure = PlainTextDocument.Build(plainText, takeTitle: true);
        Rewrite(structure.Document);
        using var writer = new StringWriter();
        new NormalizeRenderer(writer).Render(structure.Document);
        return (structure.Title is { } title ? $"# {title}\n\n" : "") + writer.ToString().ReplaceLineEndings("\n");
    }

    private static void Rewrite(ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            if (block is ElementBlock or Figure)
            {
                var element = (ContainerBlock)block;
                var quote = new QuoteBlock(null) { QuoteChar = '>' };
                while (element.Count > 0)
                {
                    var child = element[0];
                    element.RemoveAt(0);
                    quote.Add(child is FigureCaption caption ? AsParagraph(caption) : child);
                }

                container[i] = quote;
                block = quote;
            }

            if (block is QuoteBlock { QuoteChar: '\0' } made)
            {
                // Made by code, not parsed: without a marker the normaliser writes a NUL where the '>' goes.
                made.QuoteChar = '>';
            }

            if (block is ContainerBlock nested)
            {
                Rewrite(nested);
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                Unwrap(inline);
            }
        }
    }

    private static ParagraphBlock AsParagraph(FigureCaption caption)
    {
        var inline = caption.Inline;
        caption.Inline = null;
        return new ParagraphBlock { Inline = inline };
    }

    /// <summary>Each <see cref="ElementInline"/> replaced by its children.</summary>
    private static void Unwrap(ContainerInline container)
    {
        var inline = container.FirstChild;
        while (inline is not null)
        {
            var next = inline.NextSibling;
            if (inline is ElementInline element)
            {
                Unwrap(element);
                while (element.FirstChild is { } child)
                {
                    child.Remove();
                    element.InsertBefore(child);
                }

                element.Remove();
            }
            else if (inline is ContainerInline nested)
            {
                Unwrap(nested);
            }

            inline = next;
        }
    }
}
