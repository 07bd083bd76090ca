using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Pipeline.Rendering.Mathematics;

/// <summary>Writes <see cref="TexBlock"/> formulas, and text that followed the closing <c>$$</c> as a paragraph.</summary>
public sealed class TexBlockRenderer : HtmlObjectRenderer<TexBlock>
{
    protected override void Write(HtmlRenderer renderer, TexBlock block)
    {
        MathHtml.WriteBlock(renderer, block, "$$\n" + block.Tex + "\n$$" + (block.Tag is null ? "" : " (" + block.Tag + ")"));
        if (block.Trailing is { Length: > 0 } trailing)
        {
            renderer.Write("<p>").WriteEscape(trailing).WriteLine("</p>");
        }
    }
}
