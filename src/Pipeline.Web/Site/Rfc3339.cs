using System.Globalization;

namespace Pipeline.Web.Site;

/// <summary>RFC 3339 / ISO 8601 timestamps with an explicit offset, as Atom, JSON Feed, sitemaps and &lt;time&gt; want.</summary>
public static class Rfc3339
{
    public static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
