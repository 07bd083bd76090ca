using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// Zenn turns a bare URL that has a line of its own into a link card (a YouTube video URL into a player): the
/// paragraph's edge or a line break on each side, as zenn-markdown-html's <c>md-linkify-to-card</c> decides, so
/// "text⏎URL⏎text" holds a card too. The line breaks beside a card or player are dropped (Zenn hides them; the card
/// is a box of its own). Only paragraphs at the top level or inside <c>:::</c> blocks: a URL alone in a list item or
/// a table stays a link. Runs once after parsing, before the analysis walk.
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
                    MakeCards(inline);
                    DropBreaksBesideEmbeds(inline);
                    break;
                case CustomContainer child:
                    Visit(child);
                    break;
            }
        }
    }

    private static void MakeCards(ContainerInline paragraph)
    {
        foreach (var inline in paragraph.ToList())
        {
            switch (inline)
            {
                case LinkInline { IsAutoLink: true, Url: { } } link:
                    CjkAutolinks.TrimTrailingText(link);
                    if (OnItsOwnLine(link))
                    {
                        link.ReplaceBy(new EmbedInline(EmbedRules.ForBareUrl(link.Url!, title: null)) { Span = link.Span, Line = link.Line, Column = link.Column }, copyChildren: false);
                    }

                    break;
                case AutolinkInline { IsEmail: false } autolink when OnItsOwnLine(autolink):
                    autolink.ReplaceBy(new EmbedInline(EmbedRules.ForBareUrl(autolink.Url, title: null)) { Span = autolink.Span, Line = autolink.Line, Column = autolink.Column });
                    break;
            }
        }
    }

    private static bool OnItsOwnLine(Inline inline) =>
        inline.PreviousSibling is null or LineBreakInline && inline.NextSibling is null or LineBreakInline;

    private static void DropBreaksBesideEmbeds(ContainerInline paragraph)
    {
        foreach (var inline in paragraph.ToList())
        {
            if (inline is LineBreakInline lineBreak && (IsBox(lineBreak.PreviousSibling) || IsBox(lineBreak.NextSibling)))
            {
                lineBreak.Remove();
            }
        }
    }

    /// <summary>A card or player (a box on the page); a problem note stays inline with its line breaks.</summary>
    private static bool IsBox(Inline? inline) => inline is EmbedInline { Embed.Problem: null };
}
