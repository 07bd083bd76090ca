using System.Globalization;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// A cited source's date: <c>公開日:</c>, <c>公開日：</c>, <c>更新日:</c> or <c>更新日：</c>, then a date as
/// <c>YYYY/MM/DD</c>, <c>YYYY-MM-DD</c> or <c>YYYY年M月D日</c> and nothing else. An impossible date
/// (<c>2025/13/40</c>) is not a date line.
/// </summary>
/// <param name="Label">The text before the date, as written (<c>公開日：</c>).</param>
/// <param name="DateText">The date as written.</param>
internal sealed record SourceDateLine(string Label, string DateText, DateOnly Date, bool IsUpdate)
{
    private const string Published = "公開日";
    private const string Updated = "更新日";

    private static readonly string[] Formats = ["yyyy/M/d", "yyyy-M-d", "yyyy'年'M'月'd'日'"];

    public static SourceDateLine? Parse(string line)
    {
        var isUpdate = line.StartsWith(Updated, StringComparison.Ordinal);
        if (!isUpdate && !line.StartsWith(Published, StringComparison.Ordinal))
        {
            return null;
        }

        var colon = Published.Length;
        while (colon < line.Length && line[colon] == ' ')
        {
            colon++;
        }

        if (colon >= line.Length || line[colon] is not (':' or '：'))
        {
            return null;
        }

        var dateStart = colon + 1;
        while (dateStart < line.Length && line[dateStart] is ' ' or '\u3000')
        {
            dateStart++;
        }

        var dateText = line[dateStart..];
        return DateOnly.TryParseExact(dateText, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new SourceDateLine(line[..dateStart], dateText, date, isUpdate)
            : null;
    }

    /// <summary>The date as <c>&lt;time datetime&gt;</c> and JSON-LD want it.</summary>
    public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
