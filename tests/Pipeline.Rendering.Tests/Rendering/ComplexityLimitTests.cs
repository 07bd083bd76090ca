using System.Globalization;
using System.Text;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Rendering;

/// <summary>
/// Pathological drafts fail as <see cref="DraftErrorKind.TooComplex"/> with a reason naming the setting, instead of
/// taking minutes, overflowing the stack or escaping as another exception. Times are measured in docs/benchmarks.md,
/// never asserted here.
/// </summary>
public sealed class ComplexityLimitTests
{
    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    public static TheoryData<string, string, string> Pathological => new()
    {
        { "a million unclosed divs", "post.md", Repeat("<div>", 1_000_000) },
        { "100k open brackets", "post.md", Repeat("[", 100_000) },
        { "block quotes 200 deep", "post.md", Repeat(">", 200) + " deep" },
        { "lists 100 deep on one line", "post.md", Repeat("- ", 100) + "deep" },
        { "lists nested by indentation", "post.md", string.Concat(Enumerable.Range(0, 80).Select(i => new string(' ', i * 2) + "- item\n")) },
        { "one paragraph of unmatched emphasis", "post.md", Repeat("*a", 20_000) },
        { "one paragraph of unclosed links", "post.md", Repeat("[a](", 20_000) },
        { "autolinks on one line", "post.md", Repeat("https://x.example/ ", 20_000) },
        { "www. autolinks on one line", "post.md", Repeat("www.x.example ", 20_000) },
        { "an HTML block of 40k siblings", "post.md", Repeat("<div>a</div>", 20_000) },
        { "100k tiny HTML blocks", "post.md", Repeat("<div>a</div>\n\n", 100_000) },
        { "YAML flow nested 70 levels", "post.md", "---\ntitle: x\nextra: " + Repeat("{a: ", 70) + "1" + Repeat("}", 70) + "\n---\nbody" },
        { "YAML block nested 70 levels", "post.md", "---\ntitle: x\n" + string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', i * 2) + "k" + i + ":\n")) + new string(' ', 140) + "v: 1\n---\nbody" },
        { "YAML list nested 100k levels", "post.md", "---\ntitle: x\nextra: " + Repeat("[", 100_000) + "\n---\nbody" },
        { "TOML arrays nested 70 levels", "post.md", "+++\ntitle = \"x\"\nextra = " + Repeat("[", 70) + "1" + Repeat("]", 70) + "\n+++\nbody" },
        { "TOML tables nested by dotted keys", "post.md", "+++\ntitle = \"x\"\n[" + string.Join('.', Enumerable.Range(0, 70).Select(i => "k" + i)) + "]\nv = 1\n+++\nbody" },
        { "JSON nested 70 levels", "post.md", "{\"title\": \"x\", \"extra\": " + Repeat("[", 70) + "1" + Repeat("]", 70) + "}\nbody" },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_drafts_fail_as_too_complex_with_the_setting_named(string what, string path, string text)
    {
        var ex = TestDrafts.RenderFails(path, text);
        Assert.True(ex.Kind == DraftErrorKind.TooComplex, $"{what}: {ex.Kind}: {ex.Message}");
        Assert.Matches("Pipeline:Max(NestingDepth|MarkupWork|FrontMatterDepth)", ex.Message);
        Assert.True(ex.Message.Length < 300, $"{what}: the message quotes too much: {ex.Message.Length} chars");
    }

    [Fact]
    public void The_reason_names_the_line_where_the_limit_was_crossed()
    {
        var ex = TestDrafts.RenderFails("post.md", "---\ntitle: x\n---\nfine\n\n" + Repeat(">", 40) + " deep\n");
        Assert.Equal(6, ex.Line);
    }

    public static TheoryData<string, string> Ordinary => new()
    {
        { "a quote eight deep", Repeat("> ", 8) + "deep" },
        { "a list eight deep", string.Concat(Enumerable.Range(0, 8).Select(i => new string(' ', i * 2) + "- item\n")) },
        { "a paragraph with a hundred links", Repeat("see [this](https://example.test/a) and ", 100) },
        { "a thousand emphasised words", string.Concat(Enumerable.Range(0, 1000).Select(i => $"*word{i}*{(i % 20 == 19 ? "\n\n" : " ")}")) },
        { "a raw HTML table of 500 rows", "<table>\n" + Repeat("<tr><td>a</td><td>b</td></tr>\n", 500) + "</table>\n" },
        { "code full of markup", "```\n" + Repeat("*[<div>", 50_000) + "\n```\n" },
        { "inline code full of markup", Repeat("`*[<div>` ", 5_000) },
        { "generics in prose", Repeat("a List<string> or ", 200) },
        { "angle autolinks", Repeat("<https://example.test/a> ", 200) },
    };

    [Theory]
    [MemberData(nameof(Ordinary))]
    public void Ordinary_drafts_stay_well_within_the_limits(string what, string body)
    {
        var article = TestDrafts.Render("post.md", "# " + what + "\n\n" + body);
        Assert.NotEmpty(article.BodyHtml);
    }

    [Fact]
    public void Limits_are_settings()
    {
        var options = TestDrafts.Options();
        options.MaxNestingDepth = 3;
        var strict = new ArticleRenderer(options);
        Assert.Equal(DraftErrorKind.TooComplex, Assert.Throws<DraftException>(() => Render(strict, "> > > > four")).Kind);
        Assert.NotNull(Render(TestDrafts.Renderer, "> > > > four"));

        var lenient = new RenderingOptions { MaxNestingDepth = 100 };
        Assert.NotNull(Render(new ArticleRenderer(lenient), Repeat("> ", 50) + "fifty"));
    }

    [Theory]
    [InlineData("---\ntitle: x\nextra: {0}1{1}\n---\nbody")]
    [InlineData("+++\ntitle = \"x\"\nextra = {0}1{1}\n+++\nbody")]
    [InlineData("{{\"title\": \"x\", \"extra\": {0}1{1}}}\nbody")]
    public void Front_matter_may_nest_exactly_as_deep_as_the_limit(string format)
    {
        var limit = new RenderingOptions().MaxFrontMatterDepth;
        // A top-level key's value is depth 1, so the 1 inside limit - 1 lists is at the limit itself.
        var deepest = limit - 1;
        string Nested(int depth) => string.Format(CultureInfo.InvariantCulture, format, Repeat("[", depth), Repeat("]", depth));
        Assert.Equal("x", TestDrafts.Render("post.md", Nested(deepest)).Metadata.Title);
        Assert.Equal(DraftErrorKind.TooComplex, TestDrafts.RenderFails("post.md", Nested(deepest + 1)).Kind);
    }

    [Fact]
    public void Markdig_own_depth_limit_is_reported_as_too_complex_too()
    {
        // With our pre-check opened wide, Markdig's backstop (128 levels) is what refuses: still a draft error.
        var wide = new RenderingOptions { MaxNestingDepth = 100_000, MaxMarkupWork = long.MaxValue };
        var ex = Assert.Throws<DraftException>(() => Render(new ArticleRenderer(wide), Repeat(">", 500) + " deep"));
        Assert.Equal(DraftErrorKind.TooComplex, ex.Kind);
    }

    private static Article Render(ArticleRenderer renderer, string body) =>
        renderer.Render(new DraftSource("post.md", Encoding.UTF8.GetBytes("# t\n\n" + body)));
}
