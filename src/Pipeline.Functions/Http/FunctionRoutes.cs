namespace Pipeline.Functions.Http;

/// <summary>The one function route that cannot be a <see cref="Rendering.Configuration.SiteRoutes"/> template as it is.</summary>
public static class FunctionRoutes
{
    /// <summary>
    /// The site root. With an empty <c>routePrefix</c> an empty route does not reach a function (the host's home
    /// page answers instead); an optional parameter that must be empty matches exactly <c>/</c>.
    /// </summary>
    public const string Index = "{ignored:maxlength(0)?}";
}
