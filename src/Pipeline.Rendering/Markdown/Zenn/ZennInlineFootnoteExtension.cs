using Markdig;
using Markdig.Renderers;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// Zenn's inline footnotes <c>^[…]</c> (<see cref="InlineFootnoteParser"/>), rendered by the renderers Markdig's footnote
/// extension registers (<c>UseFootnotes</c> must be in the pipeline too).
/// </summary>
public sealed class ZennInlineFootnoteExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.InlineParsers.Contains<InlineFootnoteParser>())
        {
            pipeline.InlineParsers.Insert(0, new InlineFootnoteParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
