using System.Globalization;
using System.Xml;

namespace Pipeline.Assets;

/// <summary>
/// The intrinsic size of an SVG, for the <c>width</c>/<c>height</c> attributes of the <c>&lt;img&gt;</c> that shows it
/// (no layout shift): the root's <c>width</c>/<c>height</c> in pixels when both are plain numbers, else the
/// <c>viewBox</c> size. Null when neither says (a percentage-sized SVG has no intrinsic size).
/// </summary>
public static class SvgDimensions
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

            if (Pixels(reader.GetAttribute("width")) is { } width && Pixels(reader.GetAttribute("height")) is { } height)
            {
                return (width, height);
            }

            var box = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            return box is { Length: 4 } && Number(box[2]) is { } boxWidth && Number(box[3]) is { } boxHeight
                ? (Round(boxWidth), Round(boxHeight))
                : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static int? Pixels(string? value)
    {
        var text = value?.Trim();
        if (text is null)
        {
            return null;
        }

        text = text.EndsWith("px", StringComparison.OrdinalIgnoreCase) ? text[..^2] : text;
        return Number(text) is { } number ? Round(number) : null;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value < 100_000 ? value : null;

    private static int Round(double value) => Math.Max(1, (int)Math.Round(value));
}
