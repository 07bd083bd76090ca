namespace Pipeline.Web.Paging;

/// <summary>
/// What a signed cursor is bound to, for the API and the reader's site alike: the listing of every article
/// (<c>all</c>) or of one tag key (<c>tag:{key}</c>). Site cursors carry a stack of positions rather than one, so
/// their scope is the same listing under a <c>site:</c> prefix: an API cursor never decodes as a site cursor, nor
/// one listing's cursor as another's. Preview tokens have a scope of their own.
/// </summary>
public static class CursorScopes
{
    /// <summary>The scope of preview tokens (signed by the same codec): never a listing's.</summary>
    public const string Preview = "preview";

    private const string SitePrefix = "site:";

    /// <summary>The scope of a <c>GET /api/articles</c> cursor.</summary>
    public static string Api(string? tagKey) => Listing(tagKey);

    /// <summary>The scope of an index or tag page cursor.</summary>
    public static string Site(string? tagKey) => SitePrefix + Listing(tagKey);

    private static string Listing(string? tagKey) => tagKey is null ? "all" : "tag:" + tagKey;
}
