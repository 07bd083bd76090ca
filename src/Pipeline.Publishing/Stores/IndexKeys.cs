using System.Globalization;
using System.Text;

namespace Pipeline.Publishing.Stores;

/// <summary>
/// Row keys of the articles table. Everything lives in one partition (<see cref="Partition"/>) so that an
/// article's slug row, its listing rows and its draft row change together in one entity-group transaction —
/// the commit point. Row key prefixes make each served query one range scan:
/// <list type="bullet">
/// <item><c>slug|{slug}</c> — point read by slug (article, 301 redirect or 410 tombstone)</item>
/// <item><c>date|{inverted ticks}|{slug}</c> — newest-first listing</item>
/// <item><c>tag|{tag key}|{inverted ticks}|{slug}</c> — newest-first listing of one tag</item>
/// <item><c>draft|{draft path}</c> — which version of a draft is live and under which slugs</item>
/// </list>
/// Variable parts are escaped so keys never hold characters Table storage forbids (<c>/ \ # ?</c>, control
/// characters), nor our separator <c>|</c> or the escape <c>%</c> itself.
/// </summary>
public static class IndexKeys
{
    public const string Partition = "site";

    // Longest escaped parts we key by. Table storage allows 1 KiB per key; with these limits the longest key
    // (a tag listing row: prefix, tag, ticks, slug) stays under 512 UTF-16 characters, within 1 KiB however counted.
    public const int MaxSlugLength = 200;
    public const int MaxTagLength = 100;
    public const int MaxPathLength = 400;

    private const string SlugPrefix = "slug|";
    private const string DatePrefix = "date|";
    private const string TagPrefix = "tag|";
    private const string DraftPrefix = "draft|";

    public static string Slug(string slug) => SlugPrefix + Escape(slug);

    public static string Draft(string path) => DraftPrefix + Escape(path);

    public static string DateListing(DateTimeOffset sortDate, string slug) => DatePrefix + InvertedTicks(sortDate) + "|" + Escape(slug);

    public static string TagListing(string tagKey, DateTimeOffset sortDate, string slug) =>
        TagRange(tagKey) + InvertedTicks(sortDate) + "|" + Escape(slug);

    /// <summary>Prefix shared by the rows of one listing: newest-first when <paramref name="tagKey"/> is null, else that tag.</summary>
    public static string ListingRange(string? tagKey) => tagKey is null ? DatePrefix : TagRange(tagKey);

    public static string DraftRange => DraftPrefix;

    /// <summary>Upper bound of a prefix range: <c>|</c> is followed by <c>}</c>, and no escaped key holds either.</summary>
    public static string RangeEnd(string prefix) => prefix[..^1] + "}";

    /// <summary>
    /// Percent-escapes (UTF-8 bytes, upper-case hex) <c>/ \ # ? % |</c> and control characters; everything else,
    /// Japanese letters included, stays readable. Injective, so distinct inputs never share a key.
    /// </summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && "/\\#?%|".Contains((char)rune.Value, StringComparison.Ordinal) || Rune.IsControl(rune))
            {
                var length = rune.EncodeToUtf8(bytes);
                foreach (var b in bytes[..length])
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    public static bool IsKeyableSlug(string value) => IsKeyable(value, MaxSlugLength);

    public static bool IsKeyableTag(string tagKey) => IsKeyable(tagKey, MaxTagLength);

    public static bool IsKeyablePath(string path) => IsKeyable(path, MaxPathLength);

    /// <summary>True when <paramref name="value"/> can be a key part: not empty, not too long once escaped.</summary>
    private static bool IsKeyable(string value, int maxLength) => value.Length > 0 && Escape(value).Length <= maxLength;

    private static string TagRange(string tagKey) => TagPrefix + Escape(tagKey) + "|";

    /// <summary>Fixed-width so string order is time order; inverted so the newest sorts first.</summary>
    private static string InvertedTicks(DateTimeOffset date) =>
        (DateTimeOffset.MaxValue.UtcTicks - date.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
}
