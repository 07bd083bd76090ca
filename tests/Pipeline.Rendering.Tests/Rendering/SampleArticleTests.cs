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

    [Fact]
    public void Toc_holds_the_two_sections_each_with_its_question()
    {
        Assert.Equal(
            [
                (2, "歴史的会談の幕開け:トランプ氏と李大統領の出会い"),
                (3, "李大統領とトランプ氏の会談、その意義は?"),
                (2, "北朝鮮問題と平和構築への道:金正恩氏との再会談の可能性"),
                (3, "米朝首脳再会談、年内実現の可能性は? APECでの接触も?"),
            ],
            Article.Metadata.Toc.Select(entry => (entry.Level, entry.Text)));
        var page = Html.Page(Article.PageHtml);
        Assert.All(Article.Metadata.Toc, entry => Assert.Equal("H" + entry.Level, page.GetElementById(entry.Id)?.TagName));
    }

    [Fact]
    public void Each_cited_source_is_a_dated_figure_naming_and_linking_its_source_and_its_commentary_stands_alone()
    {
        var page = Html.Page(Article.PageHtml);
        var sources = page.QuerySelectorAll("article figure.source");
        Assert.Equal(2, sources.Length);
        Assert.All(sources, source => Assert.Equal("2025-08-26", source.QuerySelector("time")?.GetAttribute("datetime")));
        Assert.Equal(
            [
                ("Chosun Online,朝鮮日報", "https://www.chosunonline.com/site/data/html_dir/2025/08/26/2025082680050.html"),
                ("時事ドットコム:時事通信社が運営するニュースサイト", "https://www.jiji.com/jc/article?k=2025082600121&g=int"),
            ],
            sources.Select(s => s.QuerySelector("figcaption cite a")).Select(a => (a!.TextContent, a.GetAttribute("href")!)));
        Assert.All(sources, source => Assert.Equal(
            source.QuerySelector("figcaption a")?.GetAttribute("href"),
            source.QuerySelector("blockquote")?.GetAttribute("cite")));
        Assert.Equal(
            ["会談の様子やその背景について詳細に伝えられています。", "トランプ氏が年内の再会談の可能性を示唆したことは、今後の米朝関係に大きな影響を与える可能性があります。"],
            sources.Select(s => s.NextElementSibling).Select(p => p!.TagName + ":" + p.TextContent).Select(t => t["P:".Length..]));
    }

    [Fact]
    public void Json_ld_cites_both_sources_as_creative_works()
    {
        var json = Html.Page(Article.PageHtml).QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var citations = document.RootElement.GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal(2, citations.Count);
        Assert.All(citations, c => Assert.Equal("CreativeWork", c.GetProperty("@type").GetString()));
        Assert.All(citations, c => Assert.Equal("2025-08-26", c.GetProperty("datePublished").GetString()));
        Assert.Equal("https://www.jiji.com/jc/article?k=2025082600121&g=int", citations[1].GetProperty("url").GetString());
        Assert.Equal("Chosun Online,朝鮮日報", citations[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Key_points_reaction_and_next_page_note_are_marked_up()
    {
        var page = Html.Page(Article.PageHtml);
        Assert.Equal(3, page.QuerySelectorAll("article aside.key-points li").Length);
        Assert.Equal(3, Article.Metadata.KeyPoints.Count);
        Assert.StartsWith("いやー、", page.QuerySelector("article aside.reaction")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("韓米首脳会談、同盟強化", page.QuerySelector("article aside.next-page p:last-child")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("⇒", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_text_of_the_draft_is_lost()
    {
        Assert.Equal(KeptText.OfDraft(SampleText), KeptText.OfPage(Article.PageHtml));
    }

    [GeneratedRegex(@"https?://[\x21-\x7E]+?(?=[^\x21-\x7E]|$)")]
    private static partial Regex UrlPattern();
}
