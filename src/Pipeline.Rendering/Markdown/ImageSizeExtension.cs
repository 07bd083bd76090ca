using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Pipeline.Rendering.Markdown;

/// <summary>Registers <see cref="ImageSizeInlineParser"/> ahead of Markdig's link parser, which would leave <c>=250x</c> images as text.</summary>
public sealed class ImageSizeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.InlineParsers.Contains<ImageSizeInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new ImageSizeInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
