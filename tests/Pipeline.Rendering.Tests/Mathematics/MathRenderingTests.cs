using Pipeline.Rendering.Mathematics;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Mathematics;

/// <summary>TeX → MathML through the real Temml engine: the formulas articles use, failures, safety, concurrency.</summary>
public sealed class MathRenderingTests
{
    [Theory]
    [InlineData(@"\begin{aligned} a &= b \\ c &= d \end{aligned}", "mtable")]
    [InlineData(@"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", "mtable")]
    [InlineData(@"\underbrace{a+b}_{n}", "munder")]
    [InlineData(@"\mathrm{d}x", "mathvariant=\"normal\"")]
    [InlineData(@"\frac{1}{2}", "mfrac")]
    [InlineData(@"\sum_{i=1}^{n} i", "munderover")]
    [InlineData(@"\symbfit{v}", "𝒗")]
    [InlineData(@"\RR", "ℝ")]
    [InlineData(@"\ce{H2O}", "msub")]
    public void Formulas_real_articles_use_become_MathML(string tex, string expected)
    {
        var result = TemmlTypesetter.Shared.Typeset(tex, display: true);
        Assert.Null(result.Error);
        Assert.StartsWith("<math", result.MathMl, StringComparison.Ordinal);
        Assert.Contains(expected, result.MathMl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\frac{1}{")]
    [InlineData(@"\notacommand")]
    [InlineData(@"\href{javascript:alert(1)}{x}")]
    [InlineData(@"\def\a{\a\a}\a")]
    public void Bad_or_untrusted_TeX_is_an_error_result_not_an_exception(string tex)
    {
        var result = TemmlTypesetter.Shared.Typeset(tex, display: false);
        Assert.Null(result.MathMl);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.DoesNotContain('\u0332', result.Error!);
    }

    [Fact]
    public void A_bad_formula_renders_as_escaped_TeX_and_a_warning_with_its_line()
    {
        var article = TestDrafts.Render("a.md", "---\ntitle: T\n---\n\nok $x$\n\nbad $\\frac{<b>}{$ here\n");
        var warning = Assert.Single(article.Warnings);
        Assert.Equal(7, warning.Line);
        Assert.Contains("math:", warning.Message, StringComparison.Ordinal);
        var error = Html.Fragment(article.BodyHtml).QuerySelector("code.math-error")!;
        Assert.Equal("$\\frac{<b>}{$", error.TextContent);
        Assert.Empty(error.QuerySelectorAll("b"));
        Assert.StartsWith("TeX error:", error.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$$\"<img/src=./ onerror=alert(location)>\nany\n$$")]
    [InlineData("$$\ne^{i\\theta\"<img/src=./ onerror=alert(location)>} = \\cos\\theta\n$$")]
    [InlineData("$a,<script>alert(\"XSS\")</script>,c$")]
    [InlineData("```math\n</code></pre><img src=x onerror=alert(1)>\n```")]
    public void Markup_inside_formulas_never_becomes_elements(string markdown)
    {
        var body = Html.Fragment(TestDrafts.Render("a.md", markdown).BodyHtml);
        Assert.Empty(body.QuerySelectorAll("img, script"));
        Assert.DoesNotContain(body.QuerySelectorAll("*"), element => element.Attributes.Any(attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_MathML_filter_keeps_presentation_markup_and_drops_everything_else()
    {
        var filtered = MathMlFilter.Filter("<math display=\"block\" onclick=\"x()\"><mi id=\"top\" mathvariant=\"normal\">a</mi><annotation-xml><svg><script>x()</script></svg></annotation-xml><mtext style=\"background:url(//evil)\">&lt;b&gt;</mtext><mspace/></math>");
        Assert.Equal("<math display=\"block\"><mi mathvariant=\"normal\">a</mi><mtext>&lt;b&gt;</mtext><mspace></mspace></math>", filtered);
        Assert.Null(MathMlFilter.Filter("<math><mi>a</math>"));
    }

    [Fact]
    public void One_pool_serves_many_threads_with_identical_results()
    {
        using var typesetter = new TemmlTypesetter(maxEngines: 2);
        var formulas = Enumerable.Range(0, 40).Select(i => $@"\frac{{{i}}}{{x_{i}}}").ToArray();
        var expected = formulas.Select(tex => typesetter.Typeset(tex, display: false).MathMl).ToArray();
        var parallel = new string?[formulas.Length];
        Parallel.For(0, formulas.Length, i => parallel[i] = typesetter.Typeset(formulas[i], display: false).MathMl);
        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void Every_formula_of_a_page_without_errors_is_MathML_and_no_warning()
    {
        var article = TestDrafts.Render("a.md", "$a$ $$b$$\n\n$$\nc\n$$\n\n```math\nd\n```\n");
        Assert.Empty(article.Warnings);
        Assert.Equal(4, Html.Fragment(article.BodyHtml).QuerySelectorAll("math").Length);
    }

    [Theory]
    [InlineData("a.md", "- item\n\n  ```math\n  x^2\n  ```\n")]
    [InlineData("a.md", "> quoted\n>\n> ```math\n> x^2\n> ```\n")]
    [InlineData("a.md", "---\ntitle: T\nmarkdown: zenn\n---\n:::details More\n```math\nx^2\n```\n:::\n")]
    [InlineData("a.md", "~~~math\nx^2\n~~~\n")]
    public void A_math_fence_is_typeset_wherever_it_stands(string path, string draft)
    {
        var article = TestDrafts.Render(path, draft);
        Assert.Empty(article.Warnings);
        Assert.Single(Html.Fragment(article.BodyHtml).QuerySelectorAll("math"));
    }
}
