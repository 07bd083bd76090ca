using Markdig;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Markdown;

public sealed class MarkdownExtensionTests
{
    private static string Body(string markdown) => TestDrafts.Render("a.md", "---\ntitle: T\n---\n" + markdown).BodyHtml;

    [Fact]
    public void Japanese_headings_get_readable_unique_ids_never_section()
    {
        var html = Body("## 米朝関係の行方\n\n## 米朝関係の行方\n\n### Azure と日本語\n\n## 🎉\n\n## 🎉\n");
        Assert.Contains("<h2 id=\"米朝関係の行方\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"米朝関係の行方-2\">", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"azure-と日本語\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"h\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"h-2\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("section", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_headings_count_up_and_skip_suffixes_a_heading_already_took()
    {
        var ids = System.Text.RegularExpressions.Regex.Matches(Body("## A\n\n## A\n\n## A-3\n\n## A\n\n## A\n\n## A-2\n"), "<h2 id=\"([^\"]+)\">")
            .Select(m => m.Groups[1].Value);
        Assert.Equal(["a", "a-2", "a-3", "a-4", "a-5", "a-2-2"], ids);
    }

    [Fact]
    public void Markdigs_own_extension_would_say_section_which_is_why_ours_exists()
    {
        var stock = Markdig.Markdown.ToHtml("## 、。\n", new MarkdownPipelineBuilder().UseAutoIdentifiers().Build());
        Assert.Contains("id=\"section\"", stock, StringComparison.Ordinal);
        Assert.Contains("id=\"h\"", Body("## 、。\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Setext_headings_get_ids_too() =>
        Assert.Contains("<h2 id=\"概要\">", Body("概要\n----\n\ntext\n"), StringComparison.Ordinal);

    [Fact]
    public void Soft_break_between_japanese_characters_renders_as_nothing()
    {
        Assert.Contains("<p>日本語の文章を途中で改行しても空白は入らない。</p>", Body("日本語の文章を\n途中で改行しても\n空白は入らない。\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Soft_break_next_to_latin_text_stays_a_line_break()
    {
        Assert.Contains("<p>English\nwords</p>", Body("English\nwords\n"), StringComparison.Ordinal);
        Assert.Contains("<p>Azure\nを使う</p>", Body("Azure\nを使う\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Soft_break_after_emphasis_between_japanese_renders_as_nothing() =>
        Assert.Contains("<p><strong>太字</strong>の後で改行</p>", Body("**太字**の後で\n改行\n"), StringComparison.Ordinal);

    [Fact]
    public void Hard_breaks_are_kept() =>
        Assert.Contains("<br />", Body("一行目\\\n二行目\n"), StringComparison.Ordinal);

    [Fact]
    public void Cjk_friendly_emphasis_closes_before_japanese_punctuation_and_text()
    {
        // CommonMark alone leaves these asterisks literal: the closer sits between punctuation and a letter.
        Assert.Contains("<strong>「重要」</strong>です", Body("**「重要」**です\n"), StringComparison.Ordinal);
        Assert.Contains("<strong>注意。</strong>次", Body("**注意。**次\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_footnotes_task_lists_autolinks_and_emphasis_extras_work()
    {
        var html = Body("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\nnote[^1] and https://example.com and ~~gone~~\n\n[^1]: the note\n");
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnote-ref\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com\">https://example.com</a>", html, StringComparison.Ordinal);
        Assert.Contains("<del>gone</del>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_urls_end_where_japanese_text_starts()
    {
        var html = Body("出典: https://www.jiji.com/jc/article?k=1&g=intトランプ氏が年内\n\nwww.example.com/x。次\n\n<https://ja.wikipedia.org/wiki/日本>\n");
        Assert.Contains("<a href=\"https://www.jiji.com/jc/article?k=1&amp;g=int\">https://www.jiji.com/jc/article?k=1&amp;g=int</a>トランプ氏が年内", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://www.example.com/x\">www.example.com/x</a>。次", html, StringComparison.Ordinal);
        Assert.Contains(">https://ja.wikipedia.org/wiki/日本</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_attributes_are_not_enabled_so_they_cannot_add_handlers()
    {
        var html = Body("## Title {onclick=\"alert(1)\"}\n\ntext {onmouseover=alert(1)}\n");
        Assert.All(Harmless.Elements(html), element => Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains("{onclick=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Leading_h1_is_the_title_and_leaves_the_body()
    {
        var article = TestDrafts.Render("a.md", "# 記事のタイトル\n\n本文。\n\n## 節\n");
        Assert.Equal("記事のタイトル", article.Metadata.Title);
        Assert.DoesNotContain("<h1", article.BodyHtml, StringComparison.Ordinal);
        Assert.Single(Html.Page(article.PageHtml).QuerySelectorAll("h1"));
    }

    [Fact]
    public void Other_h1_headings_are_demoted_so_the_page_keeps_one_h1()
    {
        var article = TestDrafts.Render("a.md", "---\ntitle: Front title\n---\n# Part one\n\n## Detail\n\n# Part two\n");
        Assert.Contains("<h2 id=\"part-one\">", article.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"detail\">", article.BodyHtml, StringComparison.Ordinal);
        Assert.Single(Html.Page(article.PageHtml).QuerySelectorAll("h1"));
        Assert.Equal(["part-one", "detail", "part-two"], article.Metadata.Toc.Select(t => t.Id));
    }

    [Fact]
    public void Toc_lists_h2_and_h3_with_their_ids_and_plain_text()
    {
        var toc = TestDrafts.Render("a.md", "# T\n\n## はじめに\n\n### **詳しく** `code`\n\n#### 深すぎる\n\n## まとめ\n").Metadata.Toc;
        Assert.Equal(3, toc.Count);
        Assert.Equal(new Pipeline.Rendering.TocEntry(2, "はじめに", "はじめに"), toc[0]);
        Assert.Equal(new Pipeline.Rendering.TocEntry(3, "詳しく-code", "詳しく code"), toc[1]);
        Assert.Equal(2, toc[2].Level);
    }

    [Fact]
    public void First_safe_image_is_the_article_image_unless_front_matter_names_one()
    {
        Assert.Equal("https://x.test/b.png", TestDrafts.Render("a.md", "# T\n\n![x](javascript:alert(1)) ![a](https://x.test/b.png) ![c](https://x.test/c.png)").Metadata.Image);
        Assert.Equal("https://x.test/cover.png", TestDrafts.Render("a.md", "---\nimage: https://x.test/cover.png\n---\n![a](https://x.test/b.png)").Metadata.Image);
    }
}
