using Markdig.Syntax;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// A container rendered as one HTML element Markdig has no block for (<c>&lt;aside&gt;</c>); its attributes come
/// from <c>GetAttributes()</c>, escaped by the renderer. Only code makes these: no draft text chooses the tag.
/// </summary>
public sealed class ElementBlock : ContainerBlock
{
    public ElementBlock(HtmlTag tag)
        : base(null)
    {
        Tag = tag;
    }

    public HtmlTag Tag { get; }
}
