using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Web.Site;

namespace Pipeline.Web.Tests.Site;

/// <summary>
/// The render core's article page and the web layer's tag route follow one rule: every tag link on a real rendered
/// page names a tag page the route accepts, and every tag left unlinked is one the route would answer with 400.
/// </summary>
public sealed partial class ArticleTagLinksTests
{
    [Fact]
    public void An_article_page_links_a_tag_exactly_when_its_tag_page_can_be_asked_for()
    {
        string[] tags = ["Azure", "CI/CD", "C#", "Static Sites", "ＡＩ", "a<b", "100%"];
        var draft = "---\ntitle: Tags\ntags: [" + string.Join(", ", tags.Select(t => "\"" + t + "\"")) + "]\n---\nbody";
        var html = new ArticleRenderer().Render(new DraftSource("tags.md", Encoding.UTF8.GetBytes(draft))).PageHtml;

        var linked = TagLink().Matches(html).Select(m => m.Groups["href"].Value).ToList();
        var expected = tags.Where(t => TagRoute.Read(TagKey.Normalize(t)).Error is null).Select(t => SitePaths.Tag(TagKey.Normalize(t)));

        Assert.Equal(expected, linked);
        Assert.All(linked, href => Assert.Null(TagRoute.Read(Uri.UnescapeDataString(href["/tags/".Length..])).Error));
        Assert.Equal(4, linked.Count);
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]*)\" rel=\"tag\">")]
    private static partial Regex TagLink();
}
