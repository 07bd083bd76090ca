using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Mathematics;

/// <summary><c>$…$</c> (inline) or <c>$$…$$</c> inside a paragraph (display): the TeX exactly as written.</summary>
public sealed class TexInline : LeafInline, ITexNode
{
    public required string Tex { get; init; }

    public bool Display { get; init; }

    public TexResult? Result { get; set; }

    string ITexNode.TexToTypeset => Tex;
}
