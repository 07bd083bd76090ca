namespace Pipeline.Functions.Http;

/// <summary>Function routes that cannot simply be a site path without its leading '/'.</summary>
public static class SiteRoutes
{
    /// <summary>
    /// The site root. With an empty <c>routePrefix</c> an empty route does not reach a function (the host's home
    /// page answers instead); an optional parameter that must be empty matches exactly <c>/</c>.
    /// </summary>
    public const string Index = "{ignored:maxlength(0)?}";
}
