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

    /// <param name="sourceLength">The Markdown's length: a large body's builder is sized from it, so it is one block
    /// rather than thousands of 8,000-character chunks, each a small object the GC would copy as it ages.</param>
    public static StringBuilder Render(MarkdownDocument document, MarkdownPipeline pipeline, int sourceLength)
    {
        var expected = Math.Max(32 * 1024, (int)Math.Min(int.MaxValue / 2, 2L * sourceLength));
        var writer = Writer is { } kept && kept.GetStringBuilder().Capacity >= expected && kept.GetStringBuilder().Capacity <= KeptCapacity
            ? kept
            : new StringWriter(new StringBuilder(expected), CultureInfo.InvariantCulture);
        Writer = writer.GetStringBuilder().Capacity <= KeptCapacity ? writer : null;
        var html = writer.GetStringBuilder().Clear();
        Markdig.Markdown.ToHtml(document, writer, pipeline);
        ScriptSchemeText.Neutralize(html);
        return html;
    }
}
