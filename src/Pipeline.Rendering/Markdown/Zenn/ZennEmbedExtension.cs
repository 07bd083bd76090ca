using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// The Zenn dialect's additions: <c>@[kind](token)</c> embeds, a URL alone on a line as a card, and a single
/// newline inside a paragraph as a line break (Zenn's markdown-it <c>breaks: true</c>).
/// Register after <see cref="CjkLineBreakExtension"/>, whose renderer it switches to hard breaks.
/// </summary>
public sealed class ZennEmbedExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.InlineParsers.Contains<EmbedInlineParser>())
        {
            pipeline.InlineParsers.Insert(0, new EmbedInlineParser());
        }

        pipeline.DocumentProcessed -= BareUrlCards.Apply;
        pipeline.DocumentProcessed += BareUrlCards.Apply;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            if (!html.ObjectRenderers.Contains<EmbedRenderer>())
            {
                html.ObjectRenderers.Add(new EmbedRenderer());
            }

            // Find, not FindExact: the line-break renderer is our CJK-aware subclass.
            if (html.ObjectRenderers.Find<LineBreakInlineRenderer>() is { } lineBreaks)
            {
                lineBreaks.RenderAsHardlineBreak = true;
            }
        }
    }
}
