using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Markdown;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Markdown;

/// <summary>The dialect rule and Zenn's constructs, read against zenn-editor's own tests (br, messagebox, embed/*, xss).</summary>
public sealed class ZennDialectTests
{
    private static string Zenn(string markdown) => TestDrafts.ZennBody(markdown);

    private static string CommonMark(string markdown) => TestDrafts.CommonMarkBody(markdown);

    [Theory]
    [InlineData("emoji: \"🚀\"")]
    [InlineData("topics: [a]")]
    [InlineData("type: tech")]
    [InlineData("type: idea")]
    [InlineData("markdown: zenn")]
    [InlineData("markdown: Zenn")]
    public void Front_matter_only_zenn_uses_selects_the_zenn_dialect(string field)
    {
        var html = TestDrafts.Render("a.md", "---\ntitle: T\n" + field + "\n---\na\nb\n").BodyHtml;
        Assert.Contains("a<br />", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tags: [a]")]
    [InlineData("type: news")]
    [InlineData("published: true")] // Jekyll uses it too
    [InlineData("layout: post\npublished: true\ncategories: jekyll")]
    [InlineData("emoji: \"🚀\"\nmarkdown: commonmark")]
    public void Other_front_matter_stays_commonmark(string field)
    {
        var html = TestDrafts.Render("a.md", "---\ntitle: T\n" + field + "\n---\na\nb\n").BodyHtml;
        Assert.Contains("<p>a\nb</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_setting_makes_zenn_the_default()
    {
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.MarkdownDialect = MarkdownDialect.Zenn));
        var html = renderer.Render(new DraftSource("a.md", "---\ntitle: T\n---\na\nb\n"u8.ToArray())).BodyHtml;
        Assert.Contains("a<br />", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_dialect_is_a_front_matter_error() =>
        Assert.Equal(DraftErrorKind.FrontMatter, TestDrafts.RenderFails("a.md", "---\ntitle: T\nmarkdown: gfm\n---\nx\n").Kind);

    [Fact]
    public void Japanese_lines_break_in_zenn_and_join_in_commonmark()
    {
        Assert.Contains("<p>一行目<br />\n二行目</p>", Zenn("一行目\n二行目\n"), StringComparison.Ordinal);
        Assert.Contains("<p>一行目二行目</p>", CommonMark("一行目\n二行目\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(":::message\nhello\n:::", "<aside class=\"msg\" role=\"note\"")]
    [InlineData(":::message alert\nhello\n:::", "<aside class=\"msg alert\" role=\"note\"")]
    [InlineData(":::message   alert  \nhello\n:::", "<aside class=\"msg alert\" role=\"note\"")]
    [InlineData(":::details Title\nhello\n:::", "<details><summary>Title</summary>")]
    public void Containers_render_in_both_dialects(string markdown, string expected)
    {
        Assert.Contains(expected, Zenn(markdown + "\n"), StringComparison.Ordinal);
        Assert.Contains(expected, CommonMark(markdown + "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_with_a_broken_argument_is_never_an_alert() =>
        Assert.DoesNotContain("alert", Zenn(":::message invalid\"\nhello\n:::\n"), StringComparison.Ordinal);

    [Fact]
    public void Nested_fences_nest()
    {
        var html = Zenn("::::details Outer\n:::message\ninner\n:::\n::::\n");
        Assert.Matches("<details><summary>Outer</summary><div class=\"details-content\">\\n<aside class=\"msg\"[^>]*>.*\\n<p>inner</p>\\n</div></aside>\\n</div></details>", html);
    }

    [Fact]
    public void Youtube_plays_from_the_nocookie_host_lazily()
    {
        var article = TestDrafts.Render("a.md", "---\ntitle: T\nmarkdown: zenn\n---\n@[youtube](exampletest)\n");
        Assert.Contains("<iframe src=\"https://www.youtube-nocookie.com/embed/exampletest\"", article.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\"", article.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(["https://www.youtube-nocookie.com"], article.Metadata.FrameSources);
    }

    [Fact]
    public void Pages_without_a_player_name_no_frame_source() =>
        Assert.Empty(TestDrafts.Render("a.md", "---\ntitle: T\nmarkdown: zenn\n---\n@[card](https://example.com)\n").Metadata.FrameSources);

    [Theory]
    [InlineData("@[youtube](@bad-video-id)", "not a valid YouTube video id")]
    [InlineData("@[card](bad-example.com)", "not a valid http(s) URL")]
    [InlineData("@[tweet](https://example.com/status/1)", "X (Twitter) embeds take a URL on twitter.com")]
    public void Invalid_embeds_render_a_visible_note(string markdown, string problem)
    {
        var html = Zenn(markdown + "\n");
        Assert.Contains("<span class=\"embed-error\" role=\"note\">", html, StringComparison.Ordinal);
        Assert.Contains(problem, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_over_300_characters_are_refused_except_for_cards()
    {
        var token = new string('a', 301);
        Assert.Contains("at most 300 characters", Zenn("@[speakerdeck](" + token + ")\n"), StringComparison.Ordinal);
        Assert.Contains("class=\"link-card\"", Zenn("@[card](https://example.com/" + token + ")\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_links_with_zenns_rel_and_loads_nothing()
    {
        var html = Zenn("@[card](https://example.com/a/b)\n");
        Assert.Contains("<a class=\"link-card\" href=\"https://example.com/a/b\" rel=\"noreferrer noopener nofollow\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_alone_on_a_line_is_a_card_in_zenn_and_a_link_in_commonmark()
    {
        Assert.Contains("<p><a class=\"link-card\" href=\"https://zenn.dev/x\"", Zenn("https://zenn.dev/x\n"), StringComparison.Ordinal);
        Assert.Contains("<p><a href=\"https://zenn.dev/x\">https://zenn.dev/x</a></p>", CommonMark("https://zenn.dev/x\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("link-card", Zenn("see https://zenn.dev/x\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("link-card", Zenn("- https://zenn.dev/x\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_on_its_own_line_within_a_paragraph_is_a_card_without_the_breaks_around_it()
    {
        // zenn-markdown-html's md-linkify-to-card: a bare URL with a line break (or the paragraph's edge) on both
        // sides becomes a card, and the breaks beside it are hidden.
        var html = Zenn("読んだ記事\nhttps://zenn.dev/x\nがよかった\n");
        Assert.Contains("<p>読んだ記事<a class=\"link-card\" href=\"https://zenn.dev/x\"", html, StringComparison.Ordinal);
        Assert.Contains("</a>がよかった</p>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"link-card\" href=\"https://zenn.dev/y\"", Zenn("https://zenn.dev/y\nの記事\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("link-card", Zenn("読んだ記事 https://zenn.dev/x\nがよかった\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("link-card", Zenn("読んだ記事\nhttps://zenn.dev/xの記事\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Cards_on_consecutive_lines_have_no_break_between_them() =>
        Assert.Contains("</a><a class=\"link-card\" href=\"https://example.com/b\"",
            Zenn("@[card](https://example.com/a)\n@[card](https://example.com/b)\n"), StringComparison.Ordinal);

    [Fact]
    public void Embeds_are_text_in_commonmark() =>
        Assert.DoesNotContain("<iframe", CommonMark("@[youtube](exampletest)\n"), StringComparison.Ordinal);

    [Fact]
    public void An_address_is_not_an_embed() =>
        Assert.DoesNotContain("link-card", Zenn("mail me@[card](https://example.com)\n"), StringComparison.Ordinal);

    [Theory]
    [InlineData("@[youtube](dQw4w9WgXcQ\"></iframe><script>alert(1)</script>)")]
    [InlineData("@[figma](https://www.figma.com/file/LKQ4FJ4bTnCSjedbRpk931/Sample-File\"></iframe><img src onerror=alert(\"XSS\") />)")]
    [InlineData("@[card](javascript:alert(1))")]
    [InlineData("@[card](https://example.com/\"><script>alert(1)</script>)")]
    [InlineData("@[gist](https://gist.github.com/x\" onmouseover=\"alert(1))")]
    [InlineData("@[speakerdeck](abc\"><img src=x onerror=alert(1)>)")]
    [InlineData("https://example.com/\"><img/src=x/onerror=alert(1)>")]
    [InlineData(":::details <script>alert(\"XSS\")</script><img src=x onerror=alert(1)>\nbody\n:::")]
    [InlineData(":::message alert\" onclick=\"alert(1)\nbody\n:::")]
    [InlineData("<script>alert(\"XSS!\")</script>")]
    public void Zenns_xss_cases_leave_no_markup_behind(string markdown)
    {
        var html = Zenn(markdown + "\n");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("<[^>]*\\son[a-z]+=", html);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
    }
}
