using System.Text;
using Markdig.Syntax.Inlines;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Markdown;

/// <summary>Plain text of inline content (headings, titles, TOC entries): literals, code, link text, entities.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }

        var builder = new StringBuilder();
        Append(builder, container);
        return builder.ToString().Trim();
    }

    /// <summary>An image's alt text: the plain text of its description (images inside it are skipped).</summary>
    public static string AltOf(LinkInline image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var builder = new StringBuilder();
        for (var child = image.FirstChild; child is not null; child = child.NextSibling)
        {
            Append(builder, child);
        }

        return builder.ToString().Trim();
    }

    private static void Append(StringBuilder builder, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case Mathematics.TexInline tex:
                builder.Append(tex.Tex);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LineBreakInline lineBreak:
                if (!CjkLineBreakExtension.JoinsUnspacedText(lineBreak))
                {
                    builder.Append(' ');
                }

                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(builder, child);
                }

                break;
        }
    }

    /// <summary>The last character an inline shows (descending into containers), or null.</summary>
    public static Rune? LastRune(Inline? inline) => inline switch
    {
        LiteralInline literal => CjkText.LastRune(literal.Content.AsSpan()),
        CodeInline code => CjkText.LastRune(code.Content),
        ContainerInline container => LastRune(container.LastChild),
        _ => null,
    };

    /// <summary>The first character an inline shows (descending into containers), or null.</summary>
    public static Rune? FirstRune(Inline? inline) => inline switch
    {
        LiteralInline literal => CjkText.FirstRune(literal.Content.AsSpan()),
        CodeInline code => CjkText.FirstRune(code.Content),
        ContainerInline container => FirstRune(container.FirstChild),
        _ => null,
    };
}
