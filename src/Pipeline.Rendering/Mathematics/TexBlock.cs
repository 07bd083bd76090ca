using Markdig.Parsers;
using Markdig.Syntax;

namespace Pipeline.Rendering.Mathematics;

/// <summary>
/// A <c>$$ … $$</c> block (one line or several). <see cref="Tag"/> is Zenn's equation number (<c>$$…$$ (1)</c>);
/// <see cref="Trailing"/> is other text after the closing <c>$$</c>, kept as a paragraph so nothing is lost.
/// </summary>
public sealed class TexBlock(BlockParser parser) : LeafBlock(parser), ITexNode
{
    internal System.Text.StringBuilder Content { get; } = new();

    public string Tex => Content.ToString().Trim();

    public string? Tag { get; set; }

    public string? Trailing { get; set; }

    public TexResult? Result { get; set; }

    public bool Display => true;

    string ITexNode.TexToTypeset => Tag is null ? Tex : Tex + @" \tag{" + Tag + "}";
}
