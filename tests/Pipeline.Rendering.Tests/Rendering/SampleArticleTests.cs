using System.Text.RegularExpressions;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Rendering;

/// <summary>The issue's acceptance, checked on the real sample: a Japanese news summary in plain text.</summary>
public sealed partial class SampleArticleTests
{
    private static readonly string SamplePath = Path.Combine(TestDrafts.RepositoryRoot, "samples", "trump-lee-summit.ja.txt");
    private static readonly string SampleText = File.ReadAllText(SamplePath);
    private static readonly Article Article = TestDrafts.Renderer.Render(new DraftSource("trump-lee-summit.ja.txt", File.ReadAllBytes(SamplePath)));

    [Fact]
    public void Metadata_meets_the_acceptance()
    {
        var metadata = Article.Metadata;
        Assert.Equal("ja", metadata.Lang);
        Assert.StartsWith("トランプ氏と李大統領会談で何が", metadata.Title, StringComparison.Ordinal);
        Assert.InRange(metadata.Excerpt.Length, 20, 120);
        Assert.Matches("[。！？.!?]$", metadata.Excerpt);
        Assert.StartsWith("歴史的瞬間!", metadata.Excerpt, StringComparison.Ordinal);
        Assert.InRange(metadata.ReadingMinutes, 4, 6);
        Assert.StartsWith("トランプ氏と李大統領会談で何が", metadata.Slug, StringComparison.Ordinal);
        Assert.InRange(metadata.Slug.Length, 1, 80);
        Assert.DoesNotMatch(@"[/\\#?\s\p{C}]|\.\.", metadata.Slug);
    }

    [Fact]
    public void Page_is_complete_with_every_url_linked_and_marker_lines_as_list_items()
    {
        var page = Html.Page(Article.PageHtml);
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.EndsWith("</html>\n", Article.PageHtml, StringComparison.Ordinal);

        var hrefs = page.QuerySelectorAll("article a[href]").Select(a => a.GetAttribute("href")).ToHashSet();
        var urls = UrlPattern().Matches(SampleText).Select(m => m.Value).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.Contains(url, hrefs));

        var markerLines = SampleText.Split('\n').Where(l => l.StartsWith('✅') || l.StartsWith("💡", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        var items = page.QuerySelectorAll("article li").Select(li => li.TextContent.Trim()).ToHashSet();
        Assert.Equal(9, markerLines.Count);
        Assert.All(markerLines, line => Assert.Contains(line, items));
    }

    [Fact]
    public void Lines_are_not_joined_with_spurious_spaces()
    {
        Assert.Contains("<p>それでは詳しく見ていきましょう。</p>", Article.BodyHtml, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://[\x21-\x7E]+?(?=[^\x21-\x7E]|$)")]
    private static partial Regex UrlPattern();
}
