using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Routes only the raw HTML a draft writes (HtmlBlock, HtmlInline) through <see cref="RawHtmlSanitizer"/>
/// while rendering; everything else Markdig renders is untouched, so the page is never re-parsed.
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
                renderer.Write(sanitizer.SanitizeTag(tag));
            }
        }
    }
}
