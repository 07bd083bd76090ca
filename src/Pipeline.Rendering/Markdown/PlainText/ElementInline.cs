using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>An inline container rendered as one HTML element (<c>&lt;time&gt;</c>, <c>&lt;cite&gt;</c>, <c>&lt;span&gt;</c>).</summary>
public sealed class ElementInline(HtmlTag tag) : ContainerInline
{
    public HtmlTag Tag { get; } = tag;
}
