using AngleSharp.Dom;

namespace Pipeline.Rendering.Tests.Support;

/// <summary>
/// Checks HTML the way an attacker would need it to work, on the DOM a browser builds: no script or
/// other active element, no event-handler attribute, no script-capable URL in any attribute, plus the
/// plain-text checks the acceptance names (no "&lt;script", no "javascript:" anywhere in the markup).
/// </summary>
internal static class Harmless
{
    private static readonly string[] ActiveElements =
        ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta", "base", "form", "input", "button", "textarea", "select", "svg", "math", "template", "noscript", "xmp", "plaintext", "video", "audio", "source", "marquee", "isindex"];

    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "livescript:", "mocha:", "data:text", "data:application", "data:image/svg"];

    /// <param name="bodyHtml">Article body HTML as the renderer produced it.</param>
    /// <param name="allowTaskListInputs">Markdig's task lists render disabled checkboxes, which are inert.</param>
    public static void Assert(string bodyHtml, bool allowTaskListInputs = false)
    {
        Xunit.Assert.DoesNotContain("<script", bodyHtml, StringComparison.OrdinalIgnoreCase);
        Xunit.Assert.DoesNotContain("javascript:", bodyHtml, StringComparison.OrdinalIgnoreCase);
        Xunit.Assert.DoesNotContain("vbscript:", bodyHtml, StringComparison.OrdinalIgnoreCase);

        var root = Html.Fragment(bodyHtml);
        foreach (var element in root.QuerySelectorAll("*"))
        {
            var name = element.LocalName;
            var inertCheckbox = allowTaskListInputs && name == "input" && element.HasAttribute("disabled");
            Xunit.Assert.False(ActiveElements.Contains(name) && !inertCheckbox, $"active element <{name}> survived: {element.OuterHtml}");
            foreach (var attribute in element.Attributes)
            {
                Xunit.Assert.False(attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name} survived: {element.OuterHtml}");
                Xunit.Assert.NotEqual("style", attribute.LocalName);
                Xunit.Assert.NotEqual("srcdoc", attribute.LocalName);
                var squeezed = Squeeze(attribute.Value);
                foreach (var scheme in DangerousSchemes)
                {
                    Xunit.Assert.False(squeezed.Contains(scheme, StringComparison.Ordinal), $"{scheme} URL in {attribute.Name}: {element.OuterHtml}");
                }
            }
        }
    }

    /// <summary>What a URL parser sees: no white space or control characters, lower case.</summary>
    private static string Squeeze(string value) =>
        new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();

    public static IEnumerable<IElement> Elements(string bodyHtml) => Html.Fragment(bodyHtml).QuerySelectorAll("*");
}
