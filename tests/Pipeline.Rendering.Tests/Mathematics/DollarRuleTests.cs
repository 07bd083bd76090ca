using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Mathematics;

/// <summary>
/// Which dollars open a formula and exactly what TeX reaches the typesetter: Zenn's <c>dollar</c> tests
/// (zenn-markdown-html/__tests__/dollar.test.ts) plus the damage the old renderer did (emphasis, escapes).
/// </summary>
public sealed class DollarRuleTests
{
    public static TheoryData<string, string[]> Inline => new()
    {
        { "$a,b,c$foo[foo](https://foo.bar)bar", ["a,b,c"] },
        { "$a,b,c$foo[foo](http://foo.bar)$bar", ["a,b,c"] },
        { "$a,b,c$foo[$bar](http://foo.bar)bar", ["a,b,c"] },
        { "[this $ should be escaped](https://docs.angularjs.org/api/ng/service/$http)", [] },
        { "$a$foo[foo](https://foo.bar)bar,refs:$(2)$", ["a", "(2)"] },
        { "$a,b,c$foo[foo](https://foo.bar)bar,refs:$(2)$,and:$(3)$", ["a,b,c", "(2)", "(3)"] },
        { "$a,b,c$foo[foo](https://foo.bar)bar,refs:$2$", ["a,b,c", "2"] },
        { "It costs $5 and $10 a month.", [] },
        { "You get 3$ if you solve $1+2$", ["1+2"] },
        { "If you solve $1+2$ you get $3", ["1+2"] },
        { "$x$ $", ["x"] },
        { "$ x$ and $x $", [] },
        { "\\$x\\$", [] },
        { "`$x$`", [] },
        { "(ABC)$_{il} = \\sum_{j,k}$", ["_{il} = \\sum_{j,k}"] },
        { "$a_1 * b_2 * c^3$", ["a_1 * b_2 * c^3"] },
        { "$\\begin{matrix} a \\\\ b \\end{matrix}$", ["\\begin{matrix} a \\\\ b \\end{matrix}"] },
        { "$a \\$ b$", ["a \\$ b"] },
        { "行列は$(a+b)$の形", ["(a+b)"] },
        { "two lines $a\nb$", [] },
    };

    [Theory]
    [MemberData(nameof(Inline))]
    public void Inline_dollars_follow_Zenns_rules_and_keep_the_TeX_verbatim(string markdown, string[] expected)
    {
        var seen = RecordingTypesetter.Parse(markdown).Seen;
        Assert.Equal(expected, seen.Select(formula => formula.Tex));
        Assert.All(seen, formula => Assert.False(formula.Display));
    }

    [Theory]
    [InlineData("$$\nx_1 \\\\ y_2\n$$", "x_1 \\\\ y_2")]
    [InlineData("$$E = mc^2$$", "E = mc^2")]
    [InlineData("$$E = mc^2$$ (1)", "E = mc^2 \\tag{1}")]
    [InlineData("text\n$$\na\n\nb\n$$", "a\n\nb")]
    [InlineData("> $$\n> a_1\n> $$", "a_1")]
    [InlineData("- item\n\n  $$\n  a^2\n  $$", "a^2")]
    public void Display_blocks_hand_their_TeX_over_whole(string markdown, string expected)
    {
        var seen = RecordingTypesetter.Parse(markdown).Seen;
        Assert.Equal([(expected, true)], seen);
    }

    [Theory]
    [InlineData("$$\nnever closed")]
    [InlineData("$$ a $ b $$")]
    public void Dollars_that_do_not_make_a_block_are_not_a_block(string markdown)
    {
        var html = TestDrafts.Render("a.md", markdown).BodyHtml;
        Assert.DoesNotContain("math-display", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_display_math_stays_in_its_paragraph_and_math_fences_are_display_math()
    {
        var seen = RecordingTypesetter.Parse("see $$x^2$$ here\n\n```math\n\\frac{a}{b}\n```").Seen;
        Assert.Equal([("x^2", true), ("\\frac{a}{b}", true)], seen);
    }

    [Fact]
    public void Formulas_never_turn_into_emphasis_or_lose_backslashes_on_the_page()
    {
        var html = TestDrafts.Render("a.md", "Matrix $(AB)_{il} = \\sum_{j,k} A_{ij}$ and $a \\\\ b$ and $x^*y^*$").BodyHtml;
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<sup>", html, StringComparison.Ordinal);
        Assert.Equal(3, Html.Fragment(html).QuerySelectorAll("math").Length);
    }

    [Fact]
    public void Text_after_a_closing_block_delimiter_is_kept()
    {
        var html = TestDrafts.Render("a.md", "$$\na\n$$ where a is real").BodyHtml;
        Assert.Contains("<p>where a is real</p>", html, StringComparison.Ordinal);
    }
}
