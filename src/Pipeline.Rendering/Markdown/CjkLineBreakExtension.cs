using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// A soft line break between two Han/kana characters renders as nothing: Japanese wraps source lines
/// mid-sentence, and the newline CommonMark keeps would show as a stray space in the browser.
/// </summary>
public sealed class CjkLineBreakExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LineBreakInlineRenderer>(new CjkLineBreakInlineRenderer());
        }
    }

    /// <summary>True when the soft break sits between two characters of unspaced scripts.</summary>
    public static bool JoinsUnspacedText(LineBreakInline lineBreak)
    {
        ArgumentNullException.ThrowIfNull(lineBreak);
        if (lineBreak.IsHard)
        {
            return false;
        }

        return CjkText.JoinsUnspaced(InlineText.LastRune(lineBreak.PreviousSibling), InlineText.FirstRune(lineBreak.NextSibling));
    }

    private sealed class CjkLineBreakInlineRenderer : LineBreakInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LineBreakInline lineBreak)
        {
            if (!RenderAsHardlineBreak && JoinsUnspacedText(lineBreak))
            {
                return;
            }

            base.Write(renderer, lineBreak);
        }
    }
}
