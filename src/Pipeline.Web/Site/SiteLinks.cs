using Pipeline.Core.Configuration;

namespace Pipeline.Web.Site;

/// <summary>
/// Absolute URLs from <see cref="SiteOptions.BaseUrl"/>. The base may carry a path (<c>https://host/blog/</c>), so
/// site paths are resolved relative to it rather than to the host root.
/// </summary>
public sealed class SiteLinks
{
    private readonly Uri _base;

    public SiteLinks(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The site base URL '{baseUrl}' must be an absolute http(s) URL.", nameof(baseUrl));
        }

        _base = parsed;
    }

    public string Home => _base.AbsoluteUri;

    /// <summary>The absolute form of a <see cref="SitePaths"/> path (which always starts with '/').</summary>
    public string Absolute(string sitePath) => new Uri(_base, sitePath.TrimStart('/')).AbsoluteUri;

    public string Article(string slug) => Absolute(SitePaths.Article(slug));
}
