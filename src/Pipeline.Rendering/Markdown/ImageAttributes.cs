using AngleSharp.Dom;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// What every article image carries: <c>loading="lazy"</c> (images below the fold cost nothing until scrolled to)
/// and <c>decoding="async"</c> (decoding does not hold up the text). A size from <see cref="ImageSizeInlineParser"/>
/// is already on the image. Markdown images get them while rendering, raw-HTML ones after sanitising
/// (<see cref="RawHtmlSanitizer"/>); a value the author set stays.
/// </summary>
internal static class ImageAttributes
{
    public const string Loading = "loading";
    public const string Decoding = "decoding";
    private const string Lazy = "lazy";
    private const string Async = "async";

    public static void Apply(LinkInline image)
    {
        var attributes = image.GetAttributes();
        attributes.AddPropertyIfNotExist(Loading, Lazy);
        attributes.AddPropertyIfNotExist(Decoding, Async);
    }

    public static void Apply(IElement image)
    {
        if (!image.HasAttribute(Loading))
        {
            image.SetAttribute(Loading, Lazy);
        }

        if (!image.HasAttribute(Decoding))
        {
            image.SetAttribute(Decoding, Async);
        }
    }
}
