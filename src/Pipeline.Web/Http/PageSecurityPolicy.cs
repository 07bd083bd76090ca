using System.Buffers;

namespace Pipeline.Web.Http;

/// <summary>
/// The Content-Security-Policy of an HTML page: the site's base policy plus a <c>frame-src</c> that allows exactly the
/// origins the page's embedded players load from (its metadata's <c>FrameSources</c>), or <c>'none'</c>.
/// Only plain https origins are taken, so a stored value can never widen the policy with a keyword, a path or
/// another directive.
/// </summary>
public static class PageSecurityPolicy
{
    private const string Https = "https://";

    private static readonly SearchValues<char> HostCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789.-");

    public static string With(string basePolicy, IReadOnlyList<string>? frameSources)
    {
        ArgumentNullException.ThrowIfNull(basePolicy);
        var allowed = frameSources?.Where(IsHttpsOrigin).Distinct(StringComparer.Ordinal).ToList() ?? [];
        return basePolicy + "; frame-src " + (allowed.Count == 0 ? "'none'" : string.Join(' ', allowed));
    }

    private static bool IsHttpsOrigin(string source) =>
        source.StartsWith(Https, StringComparison.Ordinal) && source.Length > Https.Length
        && !source.AsSpan(Https.Length).ContainsAnyExcept(HostCharacters);
}
