using AngleSharp.Dom;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Diagrams;
using Pipeline.Rendering.Markdown.Zenn;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Properties;

/// <summary>
/// What a whole rendered page may contain, checked on the DOM a browser builds: scripts only as JSON-LD data or the
/// site's own mermaid file pinned by its integrity hash (what the diagram page's CSP allows), frames
/// only from the YouTube embed origin, no other active element, no event-handler attribute, no script-capable URL.
/// Unlike <see cref="Harmless"/> (body HTML of plain Markdown), this admits what the layout, Zenn embeds and math add.
/// </summary>
internal static class InertPage
{
    private static readonly string[] ActiveElements =
        ["object", "embed", "applet", "frame", "frameset", "base", "form", "button", "textarea", "select", "template", "noscript", "xmp", "plaintext", "portal", "foreignobject"];

    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "livescript:", "data:text", "data:application", "data:image/svg"];

    /// <summary>Attributes a browser resolves as URLs (and so could run a script-capable one).</summary>
    private static readonly string[] UrlAttributes =
        ["href", "src", "srcset", "action", "formaction", "poster", "data", "cite", "background", "ping", "manifest", "longdesc", "lowsrc", "dynsrc", "codebase", "xlink:href"];

    private const string DataScript = "application/ld+json";

    private static bool IsDiagramScript(IElement script) =>
        script.GetAttribute("src") is { } src && src.EndsWith(SiteRoutes.MermaidScript, StringComparison.Ordinal)
        && script.GetAttribute("integrity") == MermaidScript.Integrity && script.TextContent.Length == 0;

    public static void Assert(string pageHtml)
    {
        var document = Html.Page(pageHtml);
        foreach (var element in document.All)
        {
            var name = element.LocalName.ToLowerInvariant();
            Xunit.Assert.False(ActiveElements.Contains(name), $"active element <{name}>: {Show(element)}");
            if (name == "script")
            {
                Xunit.Assert.True(element.GetAttribute("type") == DataScript || IsDiagramScript(element), $"a script that is not JSON-LD: {Show(element)}");
            }

            if (name == "iframe")
            {
                Xunit.Assert.True(element.GetAttribute("src")?.StartsWith(EmbedRules.YouTubeOrigin + "/", StringComparison.Ordinal) == true, $"a frame from elsewhere: {Show(element)}");
            }

            if (name == "input")
            {
                Xunit.Assert.True(element.HasAttribute("disabled"), $"a live input: {Show(element)}");
            }

            foreach (var attribute in element.Attributes)
            {
                Xunit.Assert.False(attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name}: {Show(element)}");
                Xunit.Assert.NotEqual("srcdoc", attribute.LocalName);
                var refresh = name == "meta" && attribute.LocalName == "content" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase);
                if (!UrlAttributes.Contains(attribute.Name.ToLowerInvariant()) && !refresh)
                {
                    continue;
                }

                foreach (var url in Urls(attribute.LocalName, attribute.Value, refresh))
                {
                    Xunit.Assert.False(ScriptSchemes.Any(scheme => url.StartsWith(scheme, StringComparison.Ordinal)), $"a script-capable URL in {attribute.Name}: {Show(element)}");
                }
            }
        }
    }

    /// <summary>
    /// The URLs in an attribute as a browser's URL parser sees them (white space and control characters gone, lower
    /// case): one per <c>srcset</c> candidate, the part after <c>url=</c> of a refresh. Only the scheme matters: an
    /// https URL whose path says "javascript:" is harmless.
    /// </summary>
    private static IEnumerable<string> Urls(string attribute, string value, bool refresh)
    {
        var squeezed = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        if (refresh)
        {
            var at = squeezed.IndexOf("url=", StringComparison.Ordinal);
            return at < 0 ? [] : [squeezed[(at + 4)..].Trim('\'', '"')];
        }

        return attribute == "srcset" ? value.Split(',').Select(candidate => candidate.Trim().Split(' ')[0].ToLowerInvariant()) : [squeezed];
    }

    /// <summary>Deepest element nesting of the page: bounded by the nesting limit whatever the draft.</summary>
    public static int Depth(string pageHtml)
    {
        var deepest = 0;
        foreach (var element in Html.Page(pageHtml).All)
        {
            var depth = 0;
            for (IElement? at = element; at is not null; at = at.ParentElement)
            {
                depth++;
            }

            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static string Show(IElement element) => element.OuterHtml.Length <= 300 ? element.OuterHtml : element.OuterHtml[..300];
}
