using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pipeline.Rendering.Assets;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Routes only the raw HTML a draft writes (HtmlBlock, HtmlInline) through <see cref="RawHtmlSanitizer"/>
/// while rendering; everything else Markdig renders is untouched, so the page is never re-parsed. Inside an article
/// render, the sanitised <c>&lt;img&gt;</c> elements are then resolved like Markdown images (<see cref="RawImages"/>).
/// </summary>
public sealed class RawHtmlSanitizingExtension(RawHtmlSanitizer sanitizer) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new SanitizingHtmlBlockRenderer(sanitizer));
            html.ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>(new SanitizingHtmlInlineRenderer(sanitizer));
        }
    }

    private sealed class SanitizingHtmlBlockRenderer(RawHtmlSanitizer sanitizer) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            if (!renderer.EnableHtmlForBlock)
            {
                return;
            }

            var safe = sanitizer.SanitizeBlock(block.Lines.ToString());
            if (RawImages.MayContainImage(safe) && ArticleAssets.Of(block) is { } assets)
            {
                safe = RawImages.Resolve(safe, assets, block.Line);
            }

            if (safe.Length > 0)
            {
                renderer.EnsureLine();
                renderer.WriteLine(safe);
            }
        }
    }

    private sealed class SanitizingHtmlInlineRenderer(RawHtmlSanitizer sanitizer) : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline)
        {
            if (renderer.EnableHtmlForInline && inline.Tag is { Length: > 0 } tag)
            {
                var safe = sanitizer.SanitizeTag(tag);
                renderer.Write(RawImages.MayContainImage(safe) && ArticleAssets.Of(inline) is { } assets ? RawImages.Resolve(safe, assets, inline.Line) : safe);
            }
        }
    }
}
