using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// Zenn turns a paragraph that is nothing but a bare URL into a link card (a YouTube video URL into a player).
/// Only paragraphs at the top level or inside <c>:::</c> blocks: a URL alone in a list item or a table stays a link.
/// Runs once after parsing, before the analysis walk.
/// </summary>
internal static class BareUrlCards
{
    public static void Apply(MarkdownDocument document) => Visit(document);

    private static void Visit(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ParagraphBlock { Inline: { } inline }:
                    TryCard(inline);
                    break;
                case CustomContainer child:
                    Visit(child);
                    break;
            }
        }
    }

    private static void TryCard(ContainerInline inline)
    {
        if (inline.FirstChild is not { } only || only.NextSibling is not null)
        {
            return;
        }

        switch (only)
        {
            case LinkInline { IsAutoLink: true, Url: { } } link:
                CjkAutolinks.TrimTrailingText(link);
                if (link.NextSibling is null)
                {
                    link.ReplaceBy(new EmbedInline(EmbedRules.ForBareUrl(link.Url!, title: null)) { Span = link.Span, Line = link.Line, Column = link.Column }, copyChildren: false);
                }

                break;
            case AutolinkInline { IsEmail: false } autolink:
                autolink.ReplaceBy(new EmbedInline(EmbedRules.ForBareUrl(autolink.Url, title: null)) { Span = autolink.Span, Line = autolink.Line, Column = autolink.Column });
                break;
        }
    }
}
