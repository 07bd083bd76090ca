using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Rendering.Markdown.PlainText;

namespace Pipeline.Rendering.Tests.Support;

/// <summary>
/// "No text of the draft is lost": a draft's text and a page's text, reduced to what both must share. White space
/// goes (lines become blocks), the arrows of the markers go (⇒ →), and a URL goes with the colon before it
/// (a cited source's URL becomes its caption's link; the test checks hrefs separately). On the page side, text the
/// page adds itself (elements with class <see cref="PlainTextClasses.Added"/>) is removed first.
/// </summary>
internal static partial class KeptText
{
    public static string OfDraft(string text) => Comparable(text);

    /// <summary>The page's h1 and article body, as a reader sees them, without the labels the page adds.</summary>
    public static string OfPage(string pageHtml)
    {
        var page = Html.Page(pageHtml);
        var body = page.QuerySelector(".article-body") ?? throw new InvalidOperationException("no article body");
        return Comparable(page.QuerySelector("h1")?.TextContent + "\n" + WithoutAdded(body));
    }

    /// <summary>The body fragment's text without the labels the page adds.</summary>
    public static string OfBody(string bodyHtml) => Comparable(WithoutAdded(Html.Fragment(bodyHtml)));

    private static string WithoutAdded(IElement root)
    {
        foreach (var added in root.QuerySelectorAll("." + PlainTextClasses.Added).ToList())
        {
            added.Remove();
        }

        return root.TextContent;
    }

    private static string Comparable(string text)
    {
        var withoutUrls = UrlWithColon().Replace(text, match => Trailing(match.Value));
        var builder = new StringBuilder(withoutUrls.Length);
        foreach (var c in withoutUrls)
        {
            if (!char.IsWhiteSpace(c) && c is not ('⇒' or '→'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// What of an ASCII run after "http(s)://" is not the URL, by the documented rule: trailing punctuation and an
    /// unbalanced ')' belong to the sentence.
    /// </summary>
    private static string Trailing(string run)
    {
        var end = run.Length;
        while (end > 0 && (run[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"'
                           || (run[end - 1] == ')' && run.AsSpan(0, end).Count('(') < run.AsSpan(0, end).Count(')'))))
        {
            end--;
        }

        return run[end..];
    }

    [GeneratedRegex(@"[:：]?[ \u3000]*https?://[\x21-\x7E]+")]
    private static partial Regex UrlWithColon();
}
