using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Configuration;

/// <summary>
/// The site's URL space, in one place: hosts map <see cref="SiteRoutes"/>, layouts and feeds link to these paths,
/// which are built from the same route templates. Slugs and tag keys may hold Japanese letters, so they are
/// percent-encoded as path segments.
/// </summary>
public static class SitePaths
{
    public const string Index = "/";
    public const string ArticlesApi = "/" + SiteRoutes.ArticlesApi;
    public const string DraftsApi = "/" + SiteRoutes.DraftsApi;
    public const string AssetsApi = "/" + SiteRoutes.AssetsApi;
    public const string AtomFeed = "/" + SiteRoutes.AtomFeed;
    public const string JsonFeed = "/" + SiteRoutes.JsonFeed;
    public const string Sitemap = "/" + SiteRoutes.Sitemap;
    public const string Robots = "/" + SiteRoutes.Robots;
    public const string MermaidScript = "/" + SiteRoutes.MermaidScript;

    /// <summary>Where article pages live: <c>/articles/{slug}</c>.</summary>
    public const string ArticlesPrefix = "/" + SiteRoutes.ArticlesSegment + "/";

    /// <summary>Route templates (ASP.NET Core syntax) of the slug-addressed endpoints, as absolute paths.</summary>
    public const string ArticleRoute = "/" + SiteRoutes.Article;
    public const string ArticleApiRoute = "/" + SiteRoutes.ArticleApi;
    public const string TagRoute = "/" + SiteRoutes.Tag;

    /// <summary>A signed, expiring link to one draft's current version; never listed anywhere.</summary>
    public const string PreviewRoute = "/" + SiteRoutes.Preview;

    private const string TagPrefix = "/" + SiteRoutes.TagsSegment + "/";
    private const string PreviewPrefix = "/" + SiteRoutes.PreviewSegment + "/";

    public static string Article(string slug) => ArticlesPrefix + PercentEncoding.Segment(slug);

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

    public static string ArticleApi(string slug) => ArticlesApi + "/" + PercentEncoding.Segment(slug);

    public static string Tag(string tagKey) => TagPrefix + PercentEncoding.Segment(tagKey);

    public static string Preview(string token) => PreviewPrefix + PercentEncoding.Segment(token);
}
