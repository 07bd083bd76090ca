using Markdig.Syntax;

namespace Pipeline.Rendering.Mathematics;

/// <summary>A <c>```math</c> fence seen as a formula; attached to its <see cref="FencedCodeBlock"/> with <c>SetData</c>.</summary>
public sealed class FencedTex(FencedCodeBlock block) : ITexNode
{
    public string TexToTypeset { get; } = block.Lines.ToString().Trim();

    public bool Display => true;

    public int Line => block.Line;

    public TexResult? Result { get; set; }
}
