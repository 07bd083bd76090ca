using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>A resolved Zenn embed in the document (<c>@[kind](token)</c>, or a URL alone on a line).</summary>
public sealed class EmbedInline(Embed embed) : LeafInline
{
    public Embed Embed { get; } = embed;
}
