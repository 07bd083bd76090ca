namespace Pipeline.Rendering.Configuration;

/// <summary>
/// The site's URL space, in one place: hosts map these routes, layouts and feeds link to them.
/// Slugs and tag keys may hold Japanese letters, so they are percent-encoded as path segments.
/// </summary>
public static class SitePaths
{
    public const string Index = "/";
    public const string ArticlesApi = "/api/articles";
    public const string DraftsApi = "/api/drafts";
    public const string AtomFeed = "/feed.xml";
    public const string JsonFeed = "/feed.json";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";

    /// <summary>Where article pages live: <c>/articles/{slug}</c>.</summary>
    public const string ArticlesPrefix = "/articles/";

    /// <summary>Route templates (ASP.NET Core syntax) of the slug-addressed endpoints.</summary>
    public const string ArticleRoute = ArticlesPrefix + "{slug}";
    public const string ArticleApiRoute = ArticlesApi + "/{slug}";
    public const string TagRoute = "/tags/{tag}";

    /// <summary>A signed, expiring link to one draft's current version; never listed anywhere.</summary>
    public const string PreviewRoute = "/preview/{token}";

    public static string Article(string slug) => ArticlesPrefix + Uri.EscapeDataString(slug);

    /// <summary>
    /// The slug an author's alias names: <c>old-name</c>, <c>/articles/old-name/</c> or <c>articles/old-name</c> all
    /// name <c>old-name</c>. Null for any other path (<c>/blog/x</c>), which is not this site's to redirect.
    /// </summary>
    public static string? SlugOfArticlePath(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var path = alias.Trim().Trim('/');
        var prefix = ArticlesPrefix.TrimStart('/');
        if (path.StartsWith(prefix, StringComparison.Ordinal))
        {
            path = path[prefix.Length..];
        }

        return path.Length == 0 || path.Contains('/', StringComparison.Ordinal) ? null : path;
    }

    public static string ArticleApi(string slug) => ArticlesApi + "/" + Uri.EscapeDataString(slug);

    public static string Tag(string tagKey) => "/tags/" + Uri.EscapeDataString(tagKey);

    public static string Preview(string token) => "/preview/" + Uri.EscapeDataString(token);
}
