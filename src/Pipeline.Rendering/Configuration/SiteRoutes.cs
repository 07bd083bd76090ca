namespace Pipeline.Rendering.Configuration;

/// <summary>
/// The route templates of every endpoint, in the form both hosts accept: no leading <c>/</c>, as the Functions
/// <c>HttpTrigger.Route</c> wants (with <c>routePrefix</c> empty) and ASP.NET Core's <c>MapMethods</c> takes as well.
/// They are constants so they can be attribute arguments; <see cref="SitePaths"/> builds the site's URLs from them.
/// </summary>
public static class SiteRoutes
{
    /// <summary>The first path segment of article pages (<c>/articles/{slug}</c>).</summary>
    public const string ArticlesSegment = "articles";

    /// <summary>The first path segment of tag pages (<c>/tags/{tag}</c>).</summary>
    public const string TagsSegment = "tags";

    /// <summary>The first path segment of preview links (<c>/preview/{token}</c>).</summary>
    public const string PreviewSegment = "preview";

    /// <summary>The first path segment of published assets (<c>/assets/{hash}/{file}</c>, content-addressed and immutable).</summary>
    public const string AssetsSegment = "assets";

    public const string ArticlesApi = "api/" + ArticlesSegment;
    public const string ArticleApi = ArticlesApi + "/{slug}";
    public const string DraftsApi = "api/drafts";
    public const string AssetsApi = "api/" + AssetsSegment;
    public const string Asset = AssetsSegment + "/{hash}/{file}";
    public const string Article = ArticlesSegment + "/{slug}";
    public const string Tag = TagsSegment + "/{tag}";
    public const string AtomFeed = "feed.xml";
    public const string JsonFeed = "feed.json";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string Preview = PreviewSegment + "/{token}";

    /// <summary>Files the site serves itself, versioned in their names and cached as immutable.</summary>
    public const string StaticSegment = "static";

    /// <summary>The diagram script (<see cref="Diagrams.MermaidScript"/>), for pages with a <c>```mermaid</c> block only.</summary>
    public const string MermaidScript = StaticSegment + "/" + Diagrams.MermaidScript.FileName;
}
