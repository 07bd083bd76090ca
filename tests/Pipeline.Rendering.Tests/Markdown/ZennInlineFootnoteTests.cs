using Pipeline.Rendering.Markdown.Zenn;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Markdown;

/// <summary>Zenn's <c>^[…]</c> (markdown-it-footnote's inline footnotes, as zenn-markdown-html enables them), rendered as Markdig footnotes.</summary>
public sealed class ZennInlineFootnoteTests
{
    private static string Zenn(string markdown) => TestDrafts.ZennBody(markdown);

    private static string CommonMark(string markdown) => TestDrafts.CommonMarkBody(markdown);

    [Fact]
    public void An_inline_note_becomes_a_numbered_reference_and_an_entry_at_the_end()
    {
        var html = Zenn("本文^[注の *中身*]の続き。\n");
        Assert.Contains("本文<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>の続き。", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn:1\">\n<p>注の <em>中身</em><a href=\"#fnref:1\" class=\"footnote-back-ref\">&#8617;</a></p>", html, StringComparison.Ordinal);
        Assert.EndsWith("</ol>\n</div>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_and_labelled_notes_are_numbered_in_reading_order()
    {
        var html = Zenn("a[^x] b^[inline] c[^y]\n\n[^y]: why\n[^x]: ex\n");
        var order = new[] { "<p>ex", "<p>inline", "<p>why" }.Select(text => html.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.All(order, position => Assert.True(position > 0, html));
        Assert.Equal(order.Order().ToList(), order);
        Assert.Contains("href=\"#fn:2\" class=\"footnote-ref\"><sup>2</sup>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_inside_a_note_gets_its_own_number()
    {
        var html = Zenn("a^[outer ^[inner]]\n");
        Assert.Contains("<li id=\"fn:1\">\n<p>outer <a id=\"fnref:2\" href=\"#fn:2\"", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn:2\">\n<p>inner", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("開いたまま ^[ 閉じない\n")]
    [InlineData("コード `^[x]` の中\n")]
    [InlineData("逃がした \\^[x] 記号\n")]
    public void Without_a_complete_note_the_text_stays(string markdown) =>
        Assert.DoesNotContain("footnote", Zenn(markdown), StringComparison.Ordinal);

    [Fact]
    public void CommonMark_drafts_keep_the_caret_as_text() =>
        Assert.Contains("<p>a^[b]</p>", CommonMark("a^[b]\n"), StringComparison.Ordinal);

    [Fact]
    public void Raw_html_and_script_links_in_a_note_are_made_harmless()
    {
        var html = Zenn("x^[<img src=x onerror=alert(1)><script>alert(2)</script>[t](javascript:alert(3))]\n");
        Harmless.Assert(html);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("^[a]", 3)]
    [InlineData("^[a [b] c] d", 9)]
    [InlineData("^[`]` x]", 7)]
    [InlineData("^[\\] x]", 6)]
    [InlineData("^[a", -1)]
    [InlineData("^a]", -1)]
    [InlineData("^[", -1)]
    public void The_note_ends_at_the_balancing_bracket(string text, int expected) =>
        Assert.Equal(expected, InlineFootnoteParser.ClosingBracket(text));
}
