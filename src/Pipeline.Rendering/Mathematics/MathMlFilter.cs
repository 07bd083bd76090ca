using System.Text;
using System.Xml;

namespace Pipeline.Rendering.Mathematics;

/// <summary>
/// Re-serialises the typesetter's MathML keeping only MathML Core presentation elements and their layout
/// attributes: defence in depth, so that whatever a formula makes Temml emit, no event handler, link, id or
/// foreign (HTML/SVG) content reaches the page. Returns null when the markup is not well-formed XML.
/// </summary>
public static class MathMlFilter
{
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "math", "semantics", "annotation", "merror", "mfrac", "mi", "mmultiscripts", "mn", "mo", "mover", "mpadded",
        "mphantom", "mprescripts", "none", "mroot", "mrow", "ms", "mspace", "msqrt", "mstyle", "msub", "msubsup",
        "msup", "mtable", "mtd", "mtext", "mtr", "munder", "munderover", "menclose", "mlabeledtr",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "display", "displaystyle", "scriptlevel", "mathvariant", "mathsize", "mathcolor", "mathbackground", "class",
        "style", "stretchy", "symmetric", "largeop", "movablelimits", "accent", "accentunder", "fence", "form",
        "separator", "lspace", "rspace", "minsize", "maxsize", "width", "height", "depth", "voffset", "linethickness",
        "notation", "columnalign", "rowalign", "columnspan", "rowspan", "columnlines", "rowlines", "frame",
        "framespacing", "equalrows", "equalcolumns", "align", "encoding", "dir", "linebreak", "lquote", "rquote",
    };

    private static readonly XmlReaderSettings Settings = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        XmlResolver = null,
    };

    public static string? Filter(ReadOnlySpan<char> mathMl)
    {
        var output = new StringBuilder(mathMl.Length);
        var skipDepth = -1;
        try
        {
            using var reader = XmlReader.Create(new StringReader(mathMl.ToString()), Settings);
            while (reader.Read())
            {
                if (skipDepth >= 0)
                {
                    if (reader.Depth == skipDepth && (reader.NodeType == XmlNodeType.EndElement || (reader.NodeType == XmlNodeType.Element && reader.IsEmptyElement)))
                    {
                        skipDepth = -1;
                    }

                    continue;
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when !Elements.Contains(reader.LocalName) || reader.Prefix.Length > 0:
                        if (!reader.IsEmptyElement)
                        {
                            skipDepth = reader.Depth;
                        }

                        break;
                    case XmlNodeType.Element:
                        WriteStart(reader, output);
                        break;
                    case XmlNodeType.EndElement:
                        output.Append("</").Append(reader.LocalName).Append('>');
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                    case XmlNodeType.CDATA:
                        AppendEscaped(output, reader.Value, attribute: false);
                        break;
                }
            }
        }
        catch (XmlException)
        {
            return null;
        }

        return output.ToString();
    }

    private static void WriteStart(XmlReader reader, StringBuilder output)
    {
        var name = reader.LocalName;
        var empty = reader.IsEmptyElement;
        output.Append('<').Append(name);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.Prefix.Length == 0 && Attributes.Contains(reader.LocalName) && IsSafeValue(reader.LocalName, reader.Value))
                {
                    output.Append(' ').Append(reader.LocalName).Append("=\"");
                    AppendEscaped(output, reader.Value, attribute: true);
                    output.Append('"');
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        output.Append('>');
        if (empty)
        {
            output.Append("</").Append(name).Append('>');
        }
    }

    /// <summary>Inline styles carry lengths and display values only: nothing that loads (<c>url(</c>) or escapes.</summary>
    private static bool IsSafeValue(string attribute, string value) =>
        attribute != "style" || (value.IndexOf("url(", StringComparison.OrdinalIgnoreCase) < 0 && value.IndexOf('\\') < 0
            && value.IndexOf("expression", StringComparison.OrdinalIgnoreCase) < 0);

    private static void AppendEscaped(StringBuilder output, string text, bool attribute)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                '"' when attribute => output.Append("&quot;"),
                _ => output.Append(c),
            };
        }
    }
}
