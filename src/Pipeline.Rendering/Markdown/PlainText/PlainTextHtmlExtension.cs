using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>Renders <see cref="ElementBlock"/> and <see cref="ElementInline"/>; Markdown never produces them, so it only serves plain text.</summary>
public sealed class PlainTextHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<ElementBlockRenderer>();
            html.ObjectRenderers.AddIfNotAlready<ElementInlineRenderer>();
        }
    }

    internal static string Name(HtmlTag tag) => tag switch
    {
        HtmlTag.Aside => "aside",
        HtmlTag.Cite => "cite",
        HtmlTag.Span => "span",
        HtmlTag.Time => "time",
        _ => throw new ArgumentOutOfRangeException(nameof(tag), tag, null),
    };

    private sealed class ElementBlockRenderer : HtmlObjectRenderer<ElementBlock>
    {
        protected override void Write(HtmlRenderer renderer, ElementBlock block)
        {
            var name = Name(block.Tag);
            renderer.EnsureLine();
            renderer.Write('<').Write(name).WriteAttributes(block).WriteLine(">");
            renderer.WriteChildren(block);
            renderer.EnsureLine();
            renderer.Write("</").Write(name).WriteLine(">");
        }
    }

    private sealed class ElementInlineRenderer : HtmlObjectRenderer<ElementInline>
    {
        protected override void Write(HtmlRenderer renderer, ElementInline inline)
        {
            var name = Name(inline.Tag);
            renderer.Write('<').Write(name).WriteAttributes(inline).Write('>');
            renderer.WriteChildren(inline);
            renderer.Write("</").Write(name).Write('>');
        }
    }
}
