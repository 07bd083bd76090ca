using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Pipeline.Rendering.Highlighting;

/// <summary>Replaces Markdig's code block renderer with <see cref="HighlightingCodeBlockRenderer"/>.</summary>
public sealed class CodeHighlightingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new HighlightingCodeBlockRenderer());
        }
    }
}
