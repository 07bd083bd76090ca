using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// What every article image carries: <c>loading="lazy"</c> (images below the fold cost nothing until scrolled to)
/// and <c>decoding="async"</c> (decoding does not hold up the text). A size from <see cref="ImageSizeInlineParser"/>
/// is already on the image.
/// </summary>
internal static class ImageAttributes
{
    public static void Apply(LinkInline image)
    {
        var attributes = image.GetAttributes();
        attributes.AddPropertyIfNotExist("loading", "lazy");
        attributes.AddPropertyIfNotExist("decoding", "async");
    }
}
