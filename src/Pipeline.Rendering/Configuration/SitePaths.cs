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

    /// <summary>Route templates (ASP.NET Core syntax) of the slug-addressed endpoints.</summary>
    public const string ArticleRoute = "/articles/{slug}";
    public const string ArticleApiRoute = ArticlesApi + "/{slug}";
    public const string TagRoute = "/tags/{tag}";

    /// <summary>A signed, expiring link to one draft's current version; never listed anywhere.</summary>
    public const string PreviewRoute = "/preview/{token}";

    public static string Article(string slug) => "/articles/" + Uri.EscapeDataString(slug);

    public static string ArticleApi(string slug) => ArticlesApi + "/" + Uri.EscapeDataString(slug);

    public static string Tag(string tagKey) => "/tags/" + Uri.EscapeDataString(tagKey);

    public static string Preview(string token) => "/preview/" + Uri.EscapeDataString(token);
}
