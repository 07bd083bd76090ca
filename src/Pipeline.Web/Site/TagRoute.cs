using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Http;

namespace Pipeline.Web.Site;

/// <summary>
/// The tag of <c>/tags/{tag}</c>, checked by the same rule as the API's <c>?tag=</c> so the two accept the same
/// tags; and which tags a page may link at all (<see cref="TagKey.LinkKey"/>: a tag the rule refuses is shown as
/// text, never as a 400 link, here as on the article page).
/// </summary>
public static class TagRoute
{
    public static InputReading<string?> Read(string raw) => InputRules.TagValue(raw);

    /// <summary>The tag page's path, or null when the tag cannot be asked for by URL.</summary>
    public static string? PathFor(string tag) => TagKey.LinkKey(tag) is { } key ? SitePaths.Tag(key) : null;
}
