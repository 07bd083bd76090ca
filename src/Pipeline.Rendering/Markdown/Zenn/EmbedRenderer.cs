using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// Writes an <see cref="EmbedInline"/> as phrasing content (it sits in a paragraph): a lazy <c>youtube-nocookie.com</c>
/// frame (no <c>sandbox</c>: the player needs scripts and its own origin, which the Nu checker rightly calls no sandbox
/// at all; the page's <c>frame-src</c> is what confines frames); a link card made of spans that names the target (title, host and path) and
/// loads nothing; or a visible note saying why the embed is not shown. Every value is escaped here.
/// </summary>
public sealed class EmbedRenderer : HtmlObjectRenderer<EmbedInline>
{
    protected override void Write(HtmlRenderer renderer, EmbedInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var embed = obj.Embed;
        if (embed.FrameUrl is { } frame)
        {
            renderer.Write("<span class=\"embed embed-").Write(embed.Kind).Write("\"><iframe src=\"").WriteEscapeUrl(frame)
                .Write("\" title=\"").WriteEscape(embed.FrameTitle ?? embed.Kind)
                .Write("\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"")
                .Write(" allow=\"encrypted-media; picture-in-picture; fullscreen\" allowfullscreen></iframe></span>");
            return;
        }

        if (embed.CardUrl is { } card && Uri.TryCreate(card, UriKind.Absolute, out var url))
        {
            var path = Uri.UnescapeDataString(url.PathAndQuery.TrimEnd('/'));
            renderer.Write("<a class=\"link-card\" href=\"").WriteEscapeUrl(url.AbsoluteUri).Write("\" rel=\"noreferrer noopener nofollow\">");
            if (embed.CardLabel is { } label)
            {
                renderer.Write("<span class=\"link-card-label\">").WriteEscape(label).Write("</span>");
            }

            renderer.Write("<span class=\"link-card-title\">").WriteEscape(embed.CardTitle ?? Title(url, path)).Write("</span>")
                .Write("<span class=\"link-card-url\">").WriteEscape(url.Host + path).Write("</span></a>");
            return;
        }

        renderer.Write("<span class=\"embed-error\" role=\"note\"><strong>Embed not shown:</strong> ").WriteEscape(embed.Problem ?? "invalid embed")
            .Write(" <code>").WriteEscape(embed.Source).Write("</code></span>");
    }

    /// <summary>The last path segment (<c>/articles/my-post</c> → <c>my-post</c>), else the host.</summary>
    private static string Title(Uri url, string path)
    {
        var slash = path.LastIndexOf('/');
        var last = slash >= 0 ? path[(slash + 1)..] : path;
        var query = last.IndexOf('?', StringComparison.Ordinal);
        last = query >= 0 ? last[..query] : last;
        return last.Length > 0 ? last : url.Host;
    }
}
