using Pipeline.Rendering.Markdown.PlainText;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Markdown;

/// <summary>One rule of plain-text structure detection per test group, each with the shape it must not take.</summary>
public sealed class PlainTextStructureTests
{
    private const string Citation = "さらに読む ⇒テスト新聞出典/画像元: https://example.com/a?k=1&g=2コメントです。";

    [Fact]
    public void A_citation_line_becomes_a_figure_naming_the_source_linked_to_its_url_and_its_commentary_a_paragraph()
    {
        var root = Body("T\n本文です。\n" + Citation + "\n");
        var figure = Assert.Single(root.QuerySelectorAll("figure.source"));
        var link = Assert.Single(figure.QuerySelectorAll("figcaption cite a"));
        Assert.Equal("https://example.com/a?k=1&g=2", link.GetAttribute("href"));
        Assert.Equal("テスト新聞", link.TextContent);
        Assert.Equal("コメントです。", figure.NextElementSibling?.TextContent);
        Assert.Equal("P", figure.NextElementSibling?.TagName);
    }

    [Theory]
    [InlineData("公開日:2025/08/26", "2025-08-26", "2025/08/26")]
    [InlineData("公開日：2025-8-6", "2025-08-06", "2025-8-6")]
    [InlineData("更新日: 2024年3月5日", "2024-03-05", "2024年3月5日")]
    public void A_date_line_before_the_source_becomes_a_time_element(string line, string iso, string shown)
    {
        var root = Body($"T\n{line}\n✅ 要約。\n{Citation}\n");
        var time = Assert.Single(root.QuerySelectorAll("figure.source .source-date time"));
        Assert.Equal(iso, time.GetAttribute("datetime"));
        Assert.Equal(shown, time.TextContent);
        var quote = Assert.Single(root.QuerySelectorAll("figure.source blockquote"));
        Assert.Equal("https://example.com/a?k=1&g=2", quote.GetAttribute("cite"));
        Assert.Equal(["✅ 要約。"], quote.QuerySelectorAll("li").Select(li => li.TextContent));
    }

    [Theory]
    [InlineData("公開日:2025/13/40")]
    [InlineData("公開日:2025/02/30")]
    [InlineData("公開日 2025/08/26")]
    [InlineData("公開日:2025/08/26 に書いた")]
    public void Impossible_or_unlabelled_dates_stay_text(string line)
    {
        var root = Body($"T\n{line}\n");
        Assert.Empty(root.QuerySelectorAll("time"));
        Assert.Equal(line, root.QuerySelector("p")?.TextContent);
    }

    [Fact]
    public void The_source_dates_and_names_reach_the_metadata_and_json_ld()
    {
        var article = TestDrafts.Render("a.txt", $"T\n本文。\n更新日：2024年3月5日\n✅ 要約。\n{Citation}\n");
        var citation = Assert.Single(article.Metadata.Citations);
        Assert.Equal(new Citation("https://example.com/a?k=1&g=2", "テスト新聞", null, new DateOnly(2024, 3, 5)), citation);
        Assert.Contains("\"citation\":[{\"@type\":\"CreativeWork\",\"url\":\"https://example.com/a?k=1\\u0026g=2\",\"name\":\"テスト新聞\",\"dateModified\":\"2024-03-05\"}]", article.PageHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("さらに読む ⇒テスト新聞")]
    [InlineData("さらに読む テスト新聞出典: https://example.com/")]
    [InlineData("さらに読む ⇒テスト新聞出典 https://example.com/")]
    [InlineData("出典: https://example.com/ の記事より。")]
    public void Lines_that_only_resemble_a_citation_stay_paragraphs(string line)
    {
        var root = Body("T\n" + line + "\n");
        Assert.Empty(root.QuerySelectorAll("figure"));
        Assert.Single(root.QuerySelectorAll("p"));
    }

    [Fact]
    public void A_source_named_by_nothing_is_named_after_its_host_and_marked_as_added_text()
    {
        var root = Body("T\nさらに読む ⇒出典: https://news.example.org/x\n");
        var cite = Assert.Single(root.QuerySelectorAll("figcaption cite"));
        Assert.Equal("news.example.org", cite.TextContent);
        Assert.Contains(PlainTextClasses.Added, cite.ClassList);
    }

    [Fact]
    public void A_heading_like_line_and_a_question_open_a_section_with_its_lead_in_a_structured_draft()
    {
        var article = TestDrafts.Render("a.txt", $"T\nリード。\n{Citation}\n会談の幕開け:二人の出会い\nその意義は?\n関係の進展を示唆。\n本文の段落です。\n");
        var root = Html.Fragment(article.BodyHtml);
        Assert.Equal("会談の幕開け:二人の出会い", root.QuerySelector("h2")?.TextContent);
        Assert.Equal("その意義は?", root.QuerySelector("h3")?.TextContent);
        Assert.Equal("関係の進展を示唆。", root.QuerySelector("p.section-lead")?.TextContent);
        Assert.Equal([(2, "会談の幕開け-二人の出会い"), (3, "その意義は")], article.Metadata.Toc.Select(e => (e.Level, e.Id)));
        Assert.Equal("会談の幕開け-二人の出会い", root.QuerySelector("h2")?.Id);
    }

    [Fact]
    public void The_same_lines_in_a_draft_without_a_source_or_key_points_stay_paragraphs()
    {
        var root = Body("T\nリード。\n会談の幕開け:二人の出会い\nその意義は?\n関係の進展を示唆。\n");
        Assert.Empty(root.QuerySelectorAll("h2, h3, .section-lead"));
        Assert.Equal(4, root.QuerySelectorAll("p").Length);
    }

    [Theory]
    [InlineData("これは長い見出しのように見えるけれど実は四十文字を超えてしまう普通の文の一部分ですよね\nその意義は?")]
    [InlineData("文の終わりがある。\nその意義は?")]
    [InlineData("見出し https://example.com/\nその意義は?")]
    [InlineData("見出しの行\nこれは質問ではない。")]
    public void Heading_pairs_need_a_short_plain_line_and_a_short_question(string pair)
    {
        var root = Body($"T\n{Citation}\n{pair}\n");
        Assert.Empty(root.QuerySelectorAll("h2, h3"));
    }

    [Fact]
    public void Key_points_at_the_top_become_a_labelled_box_and_metadata()
    {
        var article = TestDrafts.Render("a.txt", "T\nリード文です。\n💡 一つ目。\n💡 二つ目。\n本文。\n");
        var root = Html.Fragment(article.BodyHtml);
        var box = Assert.Single(root.QuerySelectorAll("aside.key-points"));
        Assert.Equal(KeyPointsRecognizer.JapaneseLabel, box.QuerySelector(".key-points-label")?.TextContent);
        Assert.Equal(["💡 一つ目。", "💡 二つ目。"], box.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal(["一つ目。", "二つ目。"], article.Metadata.KeyPoints);
        Assert.Equal("リード文です。", article.Metadata.Excerpt);
    }

    [Fact]
    public void English_key_points_get_an_english_label()
    {
        var root = Body("T\nLead.\n💡 First point.\n");
        Assert.Equal(KeyPointsRecognizer.EnglishLabel, root.QuerySelector("aside.key-points .key-points-label")?.TextContent);
    }

    [Theory]
    [InlineData("T\n一行目。\n二行目。\n三行目。\n四行目。\n五行目。\n💡 遅れて出てきたアイデア\n")]
    [InlineData("T\n✅ 一つ目\n💡 二つ目\n")]
    public void Light_bulbs_late_in_a_draft_or_in_a_mixed_list_are_an_ordinary_list(string draft)
    {
        var root = Body(draft);
        Assert.Empty(root.QuerySelectorAll("aside"));
        Assert.Single(root.QuerySelectorAll("ul.marked"));
    }

    [Fact]
    public void The_next_page_marker_keeps_its_words_and_teaser_without_the_arrow()
    {
        var root = Body("T\n本文。\n次のページを読む ⇒\n次は経済の話です。\n");
        var note = Assert.Single(root.QuerySelectorAll("aside.next-page"));
        Assert.Equal("次のページを読む", note.QuerySelector(".next-page-label")?.TextContent);
        Assert.Equal("次は経済の話です。", note.QuerySelectorAll("p")[1].TextContent);
        Assert.DoesNotContain("⇒", root.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_the_next_page_arrow_is_the_teaser_with_its_url_linked()
    {
        var root = Body("T\n次のページを読む ⇒ https://example.com/next\n");
        var note = Assert.Single(root.QuerySelectorAll("aside.next-page"));
        Assert.Equal("https://example.com/next", note.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void The_line_before_the_next_page_marker_is_the_reaction_only_in_a_structured_draft()
    {
        const string Ending = "いやー、驚いたわ!\n次のページを読む ⇒\n続き。\n";
        Assert.Single(Body($"T\n{Citation}\n{Ending}").QuerySelectorAll("aside.reaction"));
        Assert.Empty(Body($"T\n本文。\n{Ending}").QuerySelectorAll("aside.reaction"));
    }

    [Fact]
    public void A_long_run_of_marker_lines_without_a_citation_is_one_list()
    {
        var draft = "T\n" + string.Concat(Enumerable.Repeat("✅ 項目\n", 500)) + "本文。\n";
        var root = Body(draft);
        Assert.Equal(500, Assert.Single(root.QuerySelectorAll("ul.marked")).QuerySelectorAll("li").Length);
    }

    [Fact]
    public void Front_matter_in_a_plain_text_draft_gives_title_date_tags_and_slug_and_the_first_line_stays_text()
    {
        var article = TestDrafts.Render("a.txt", "---\ntitle: 題名\ndate: 2025-08-28\ntags: [防災]\nslug: my-news\n---\n最初の行。\n二行目。\n");
        Assert.Equal("題名", article.Metadata.Title);
        Assert.Equal("my-news", article.Metadata.Slug);
        Assert.Equal(["防災"], article.Metadata.Tags);
        Assert.Equal(new DateTimeOffset(2025, 8, 28, 0, 0, 0, TimeSpan.Zero).Date, article.Metadata.Date?.Date);
        Assert.Equal("<p>最初の行。</p>\n<p>二行目。</p>\n", article.BodyHtml);
    }

    private static AngleSharp.Dom.IElement Body(string draft) => Html.Fragment(TestDrafts.Render("a.txt", draft).BodyHtml);
}
