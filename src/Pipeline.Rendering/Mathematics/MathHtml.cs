using Markdig.Renderers;

namespace Pipeline.Rendering.Mathematics;

/// <summary>
/// How a typeset formula is written: its MathML (display formulas in a scrolling wrapper, so a wide equation
/// never widens a phone's page), or, when it failed, the TeX as the author wrote it, escaped, in the visible
/// <c>math-error</c> style with the reason as its title.
/// </summary>
internal static class MathHtml
{
    public static void WriteInline(HtmlRenderer renderer, ITexNode node, string delimiter)
    {
        if (node.Result?.MathMl is { } mathMl)
        {
            renderer.Write(node.Display ? "<span class=\"math-display\">" : "").Write(mathMl).Write(node.Display ? "</span>" : "");
            return;
        }

        renderer.Write("<code class=\"math-error\" title=\"").WriteEscape(Reason(node)).Write("\">")
            .WriteEscape(delimiter).WriteEscape(node.TexToTypeset).WriteEscape(delimiter).Write("</code>");
    }

    public static void WriteBlock(HtmlRenderer renderer, ITexNode node, string tex)
    {
        renderer.EnsureLine();
        if (node.Result?.MathMl is { } mathMl)
        {
            renderer.Write("<div class=\"math-display\">").Write(mathMl).WriteLine("</div>");
            return;
        }

        renderer.Write("<pre class=\"math-error\" title=\"").WriteEscape(Reason(node)).Write("\"><code>")
            .WriteEscape(tex).WriteLine("</code></pre>");
    }

    private static string Reason(ITexNode node) => "TeX error: " + (node.Result?.Error ?? "not typeset");
}
