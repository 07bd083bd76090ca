using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pipeline.Rendering.Tests.Support;

/// <summary>Parses rendered HTML the way a browser does (AngleSharp), for assertions about the real DOM.</summary>
internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Page(string html) => Parser.ParseDocument(html);

    /// <summary>Body HTML parsed as the content of a div.</summary>
    public static IElement Fragment(string html)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body><div id=\"fragment-root\"></div></body></html>");
        var root = document.GetElementById("fragment-root")!;
        root.InnerHtml = html;
        return root;
    }
}
