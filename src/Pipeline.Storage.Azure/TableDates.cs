using System.Globalization;

namespace Pipeline.Storage.Azure;

/// <summary>
/// Dates of index rows that readers see, kept as ISO 8601 strings: Table storage's own DateTime type drops the offset
/// (a Japanese article's <c>+09:00</c>).
/// </summary>
internal static class TableDates
{
    public static string? Format(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Parse(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
