using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Pipeline.Assets;

/// <summary>
/// Makes an SVG inert: removes script and the elements that embed other documents or HTML, every event-handler
/// attribute (<c>on…</c>), and every reference that leaves the file (<c>href</c>/<c>xlink:href</c> other than
/// <c>#fragment</c>, <c>url(…)</c> in styles other than <c>url(#…)</c>, <c>@import</c>), and every animation
/// (<c>animate</c>, <c>set</c>) that would later set a reference or a handler — <c>&lt;set attributeName="href"
/// to="javascript:…"/&gt;</c> turns a harmless link into a script link after this pass. DTDs are refused, so no
/// entity expansion. The store serves SVG with <c>Content-Security-Policy: sandbox</c> as well (defence in depth).
/// </summary>
public static class SvgSanitizer
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler", "listener", "audio", "video",
    };

    private static readonly HashSet<string> ReferenceAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src" };

    // SVG's animation elements can write any attribute of their target; the others (animateTransform,
    // animateMotion) write only geometry.
    private static readonly HashSet<string> AttributeAnimations = new(StringComparer.OrdinalIgnoreCase) { "animate", "set" };

    public static byte[] Sanitize(byte[] svg)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException error)
        {
            throw new AssetException(AssetErrorKind.InvalidSvg, $"the SVG is not well-formed XML: {error.Message}", error);
        }

        foreach (var element in document.Descendants().Where(IsForbidden).ToList())
        {
            element.Remove();
        }

        foreach (var attribute in document.Descendants().Attributes().Where(IsUnsafe).ToList())
        {
            attribute.Remove();
        }

        foreach (var style in document.Descendants().Where(e => e.Name.LocalName == "style").ToList())
        {
            if (HasExternalReference(style.Value))
            {
                style.Remove();
            }
        }

        foreach (var instruction in document.DescendantNodes().OfType<XProcessingInstruction>().ToList())
        {
            instruction.Remove();
        }

        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true }))
        {
            document.Save(writer);
        }

        return output.ToArray();
    }

    private static bool IsForbidden(XElement element) =>
        ForbiddenElements.Contains(element.Name.LocalName)
        || (AttributeAnimations.Contains(element.Name.LocalName) && AnimatesUnsafeAttribute(element));

    // attributeName may carry a prefix ("xlink:href"); what it writes is judged like the attribute itself.
    private static bool AnimatesUnsafeAttribute(XElement animation)
    {
        var target = ((string?)animation.Attribute("attributeName") ?? "").Trim();
        var name = target[(target.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || ReferenceAttributes.Contains(name);
    }

    private static bool IsUnsafe(XAttribute attribute)
    {
        var name = attribute.Name.LocalName;
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (ReferenceAttributes.Contains(name))
        {
            return !attribute.Value.TrimStart().StartsWith('#');
        }

        return HasExternalReference(attribute.Value);
    }

    // url(#id) points inside the document; any other url(...) or an @import loads something else.
    private static bool HasExternalReference(string value)
    {
        if (value.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var index = 0;
        while ((index = value.IndexOf("url(", index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            index += 4;
            var target = value[index..].TrimStart(' ', '"', '\'');
            if (!target.StartsWith('#'))
            {
                return true;
            }
        }

        return false;
    }
}
