using System.Globalization;
using System.Xml;

namespace Pipeline.Assets;

/// <summary>
/// The intrinsic size of an SVG, for the page's <c>width</c>/<c>height</c> (no layout shift, as for raster images):
/// the root's <c>width</c> and <c>height</c> in pixels (unitless or <c>px</c>), else its <c>viewBox</c>; one given
/// with a <c>viewBox</c> scales the other. Null when neither says (percentages, ems): the page then sizes it by CSS.
/// Reads only the root element's start tag; DTDs are refused as in <see cref="SvgSanitizer"/>.
/// </summary>
public static class SvgSize
{
    public static (int Width, int Height)? Read(byte[] svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
            {
                return null;
            }

            var width = Pixels(reader.GetAttribute("width"));
            var height = Pixels(reader.GetAttribute("height"));
            var box = ViewBox(reader.GetAttribute("viewBox"));
            return (width, height, box) switch
            {
                ({ } w, { } h, _) => Whole(w, h),
                ({ } w, null, { } b) => Whole(w, w * b.Height / b.Width),
                (null, { } h, { } b) => Whole(h * b.Width / b.Height, h),
                (null, null, { } b) => Whole(b.Width, b.Height),
                _ => null,
            };
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static (int, int)? Whole(double width, double height)
    {
        var (w, h) = ((int)Math.Round(width), (int)Math.Round(height));
        return w > 0 && h > 0 ? (w, h) : null;
    }

    private static double? Pixels(string? value)
    {
        var text = value?.Trim();
        if (text is null)
        {
            return null;
        }

        if (text.EndsWith("px", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^2];
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
    }

    private static (double Width, double Height)? ViewBox(string? value)
    {
        var parts = value?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (parts is not { Length: 4 }
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var width)
            || !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var height)
            || width <= 0 || height <= 0)
        {
            return null;
        }

        return (width, height);
    }
}
