using Pipeline.Rendering.Configuration;

namespace Pipeline.Rendering.Templates;

/// <summary>
/// Turns <see cref="SitePaths"/> routes into links for pages: absolute (canonical, OpenGraph) from
/// <see cref="SiteOptions.BaseUrl"/>, and root-relative ones that keep the base URL's path prefix.
/// </summary>
public sealed class SiteUrls
{
    private readonly string _origin;
    private readonly string _prefix;

    public SiteUrls(SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var baseUri = new Uri(site.BaseUrl.EndsWith('/') ? site.BaseUrl : site.BaseUrl + "/", UriKind.Absolute);
        _origin = baseUri.GetLeftPart(UriPartial.Authority);
        _prefix = baseUri.AbsolutePath.TrimEnd('/');
    }

    /// <summary>A site path (e.g. <c>SitePaths.Article(slug)</c>) as a link that works from any page.</summary>
    public string Relative(string sitePath) => _prefix + sitePath;

    public string Absolute(string sitePath) => _origin + _prefix + sitePath;

    /// <summary>An author-given image or link: absolute URLs stay, site paths get the site's origin.</summary>
    public string AbsoluteFromAuthor(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? url
            : Absolute(url.StartsWith('/') ? url : "/" + url);
}
