using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Pipeline.Rendering.Mathematics;

/// <summary>
/// <c>$…$</c>, <c>$$…$$</c> and <c>$$</c> blocks as formulas (typeset to MathML by <see cref="MathTypesetting"/>
/// after parsing); <c>```math</c> fences are registered as formulas when the fence parser closes them and written by
/// the code block renderer.
/// </summary>
public sealed class TexMathExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<DollarMathInlineParser>())
        {
            // Before the escape parser, as in Zenn: the scan reaches "$" first and takes the TeX whole.
            pipeline.InlineParsers.InsertBefore<EscapeInlineParser>(new DollarMathInlineParser());
        }

        if (!pipeline.BlockParsers.Contains<DollarMathBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new DollarMathBlockParser());
        }

        if (pipeline.BlockParsers.Find<FencedCodeBlockParser>() is { } fences)
        {
            fences.Closed -= MathTypesetting.RegisterFence;
            fences.Closed += MathTypesetting.RegisterFence;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<TexInlineRenderer>();
            html.ObjectRenderers.AddIfNotAlready<TexBlockRenderer>();
        }
    }
}
