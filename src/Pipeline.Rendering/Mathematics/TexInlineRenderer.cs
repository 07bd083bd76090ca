using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Pipeline.Rendering.Mathematics;

/// <summary>Writes <see cref="TexInline"/> formulas.</summary>
public sealed class TexInlineRenderer : HtmlObjectRenderer<TexInline>
{
    protected override void Write(HtmlRenderer renderer, TexInline inline) =>
        MathHtml.WriteInline(renderer, inline, inline.Display ? "$$" : "$");
}
