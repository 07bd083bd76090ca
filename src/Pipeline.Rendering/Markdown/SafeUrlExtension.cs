using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Filters link and image URLs while rendering (no extra pass over the document or the HTML): a link
/// with a refused URL renders as its text, an image as nothing, an autolink as nothing.
/// </summary>
public sealed class SafeUrlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SafeLinkInlineRenderer());
            html.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        }
    }

    private sealed class SafeLinkInlineRenderer : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (UrlPolicy.IsAllowed(url, link.IsImage))
            {
                if (link.IsImage)
                {
                    ImageAttributes.Apply(link);
                }

                base.Write(renderer, link);
            }
            else if (!link.IsImage)
            {
                renderer.WriteChildren(link);
            }
        }
    }

    private sealed class SafeAutolinkInlineRenderer : AutolinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            if (link.IsEmail || UrlPolicy.IsAllowed(link.Url, isImage: false))
            {
                base.Write(renderer, link);
            }
        }
    }
}
