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
    public const string AtomFeed = "/" + SiteRoutes.AtomFeed;
    public const string JsonFeed = "/" + SiteRoutes.JsonFeed;
    public const string Sitemap = "/" + SiteRoutes.Sitemap;
    public const string Robots = "/" + SiteRoutes.Robots;

    /// <summary>Route templates (ASP.NET Core syntax) of the slug-addressed endpoints, as absolute paths.</summary>
    public const string ArticleRoute = "/" + SiteRoutes.Article;
    public const string ArticleApiRoute = "/" + SiteRoutes.ArticleApi;
    public const string TagRoute = "/" + SiteRoutes.Tag;

    /// <summary>A signed, expiring link to one draft's current version; never listed anywhere.</summary>
    public const string PreviewRoute = "/" + SiteRoutes.Preview;

    private const string ArticlePrefix = "/" + SiteRoutes.ArticlesSegment + "/";
    private const string TagPrefix = "/" + SiteRoutes.TagsSegment + "/";
    private const string PreviewPrefix = "/" + SiteRoutes.PreviewSegment + "/";

    public static string Article(string slug) => ArticlePrefix + Uri.EscapeDataString(slug);

    public static string ArticleApi(string slug) => ArticlesApi + "/" + Uri.EscapeDataString(slug);

    public static string Tag(string tagKey) => TagPrefix + Uri.EscapeDataString(tagKey);

    public static string Preview(string token) => PreviewPrefix + Uri.EscapeDataString(token);
}
