using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using Pipeline.Rendering.Assets;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Filters link and image URLs while rendering (no extra pass over the document or the HTML): a link
/// with a refused URL renders as its text, an image as nothing, an autolink as nothing. Inside an article
/// render, local images and file links are resolved through the render's <see cref="ArticleAssets"/>: an image
/// becomes <see cref="ImageMarkup"/> (published, sized, responsive, or the missing-image placeholder) and a
/// file link points at the published file.
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
            if (!UrlPolicy.IsAllowed(url, link.IsImage))
            {
                if (!link.IsImage)
                {
                    renderer.WriteChildren(link);
                }

                return;
            }

            var assets = link.IsAutoLink ? null : ArticleAssets.Of(link);
            if (link.IsImage)
            {
                WriteImage(renderer, link, url, assets);
                return;
            }

            if (assets?.Link(url, link.Line) is { Published: { } file })
            {
                link.GetDynamicUrl = null;
                link.Url = assets.UrlOf(file.Url);
            }

            base.Write(renderer, link);
        }

        private void WriteImage(HtmlRenderer renderer, LinkInline image, string? url, ArticleAssets? assets)
        {
            var outcome = assets?.Image(url, image.Line);
            if (outcome is null || assets is null)
            {
                ImageAttributes.Apply(image);
                base.Write(renderer, image);
                return;
            }

            var alt = InlineText.AltOf(image);
            renderer.Write(outcome.Published is { } asset
                ? ImageMarkup.Resolved(assets, asset, alt, image.Title, Size(image, "width"), Size(image, "height"))
                : ImageMarkup.Missing(alt, outcome.Reference));
        }

        private static int? Size(LinkInline image, string name) =>
            ImageMarkup.Pixels(image.GetAttributes().Properties?.FirstOrDefault(property => property.Key == name).Value);
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
