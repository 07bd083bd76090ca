using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Markdown;

public sealed class PlainTextTests
{
    [Fact]
    public void First_line_is_the_title_and_each_line_a_paragraph()
    {
        var article = TestDrafts.Render("a.txt", "\n\nTitle line\nFirst paragraph.\n\nSecond paragraph.\n");
        Assert.Equal("Title line", article.Metadata.Title);
        Assert.Equal("<p>First paragraph.</p>\n<p>Second paragraph.</p>\n", article.BodyHtml);
    }

    [Fact]
    public void Consecutive_marker_lines_become_one_list_that_keeps_its_markers()
    {
        var html = TestDrafts.Render("a.txt", "T\n✅ one\n✅ two\n💡 idea\nplain\n・ dot\n• bullet\n- dash\n* star\n").BodyHtml;
        var root = Html.Fragment(html);
        var lists = root.QuerySelectorAll("ul.marked");
        Assert.Equal(2, lists.Length);
        Assert.Equal(["✅ one", "✅ two", "💡 idea"], lists[0].QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal(["・ dot", "• bullet", "- dash", "* star"], lists[1].QuerySelectorAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public void Bare_urls_become_links_that_end_where_japanese_text_starts()
    {
        var html = TestDrafts.Render("a.txt", "T\n出典: https://example.com/a/b.html?k=1&g=int会談の様子。(https://example.org/x).\n").BodyHtml;
        var links = Html.Fragment(html).QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://example.com/a/b.html?k=1&g=int", "https://example.org/x"], links);
        Assert.Contains("</a>会談の様子。", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_html_in_plain_text_stay_literal_text()
    {
        var html = TestDrafts.Render("a.txt", "T\n**not bold** <b>not html</b> # not heading\n").BodyHtml;
        Assert.Equal("<p>**not bold** &lt;b&gt;not html&lt;/b&gt; # not heading</p>\n", html);
    }

    [Fact]
    public void Arrow_lines_stay_readable()
    {
        var html = TestDrafts.Render("a.txt", "T\nさらに読む ⇒\n次のページを読む ⇒ https://example.com/next\n").BodyHtml;
        Assert.Contains("<p>さらに読む ⇒</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"next-page-label\">次のページを読む</p>\n<p><a href=\"https://example.com/next\">https://example.com/next</a></p>", html, StringComparison.Ordinal);
    }
}
