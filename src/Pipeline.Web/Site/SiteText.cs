using System.Globalization;

namespace Pipeline.Web.Site;

/// <summary>The few words the site itself writes, in Japanese for a Japanese site and English otherwise.</summary>
public sealed record SiteText(
    string Newer,
    string Older,
    string Tags,
    string ReadingTimeFormat,
    string TagHeadingFormat,
    string Articles,
    string Empty,
    string DateFormat)
{
    public static SiteText Japanese { get; } = new(
        "新しい記事", "過去の記事", "タグ", "約{0}分", "タグ「{0}」の記事", "記事一覧", "記事はまだありません。", "yyyy年M月d日");

    public static SiteText English { get; } = new(
        "Newer", "Older", "Tags", "{0} min read", "Articles tagged “{0}”", "Articles", "No articles yet.", "d MMMM yyyy");

    public static SiteText For(string language) =>
        language.StartsWith("ja", StringComparison.OrdinalIgnoreCase) ? Japanese : English;

    public string ReadingTime(int minutes) =>
        string.Format(CultureInfo.InvariantCulture, ReadingTimeFormat, Math.Max(1, minutes));

    public string TagHeading(string tag) => string.Format(CultureInfo.InvariantCulture, TagHeadingFormat, tag);

    public string Date(DateTimeOffset date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
}
