using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Pipeline.Rendering.Markdown;

namespace Pipeline.Rendering;

/// <summary>
/// Renders an article's body HTML into a builder this thread reuses, so the body never becomes a string of its own:
/// the layout copies it straight into the page, and <see cref="Article.BodyHtml"/> is cut from the page when read.
/// Valid until the thread's next render.
/// </summary>
internal static class BodyHtmlBuffer
{
    /// <summary>A builder grown past this by a very large draft is not kept for the next render.</summary>
    private const int KeptCapacity = 256 * 1024;

    [ThreadStatic]
    private static StringWriter? Writer;

    public static StringBuilder Render(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var writer = Writer is { } kept && kept.GetStringBuilder().Capacity <= KeptCapacity ? kept : new StringWriter(new StringBuilder(32 * 1024), CultureInfo.InvariantCulture);
        Writer = writer;
        var html = writer.GetStringBuilder().Clear();
        Markdig.Markdown.ToHtml(document, writer, pipeline);
        ScriptSchemeText.Neutralize(html);
        return html;
    }
}
