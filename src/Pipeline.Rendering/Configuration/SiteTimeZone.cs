namespace Pipeline.Rendering.Configuration;

/// <summary>
/// The site's time zone (<c>Pipeline:Site:TimeZone</c>, an IANA id), the one place for its default: <c>Asia/Tokyo</c>
/// for a site whose language is Japanese (<c>ja</c>, <c>ja-JP</c>) — Zenn and most Japanese authors write
/// <c>published_at: 2023-01-01 09:00</c> meaning JST — else UTC.
/// </summary>
public static class SiteTimeZone
{
    /// <summary>The default zone of a Japanese site.</summary>
    public const string JapaneseDefault = "Asia/Tokyo";

    /// <summary>The zone id in force: the configured one, else the language's default.</summary>
    public static string IdOf(SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (!string.IsNullOrWhiteSpace(site.TimeZone))
        {
            return site.TimeZone.Trim();
        }

        var japanese = site.Language.Equals("ja", StringComparison.OrdinalIgnoreCase) || site.Language.StartsWith("ja-", StringComparison.OrdinalIgnoreCase);
        return japanese ? JapaneseDefault : TimeZoneInfo.Utc.Id;
    }

    /// <summary>The zone in force; an unknown id is a configuration error naming the setting.</summary>
    public static TimeZoneInfo Of(SiteOptions site)
    {
        var id = IdOf(site);
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Pipeline:Site:TimeZone '{id}' is not a known IANA time zone id (such as Asia/Tokyo, Europe/Berlin or UTC)", nameof(site), e);
        }
    }
}
