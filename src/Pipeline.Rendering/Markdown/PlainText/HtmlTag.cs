namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>The elements structure detection may emit beyond Markdig's own; the name is the tag, lower-cased.</summary>
public enum HtmlTag
{
    Aside,
    Cite,
    Span,
    Time,
}
