using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Markdown;

/// <summary>Prose, outlines and images come out as the author wrote them, in every dialect.</summary>
public sealed class NoSilentDamageTests
{
    private static string Body(string markdown) => TestDrafts.Render("a.md", "---\ntitle: T\n---\n" + markdown).BodyHtml;

    private static Article Page(string markdown) => TestDrafts.Render("a.md", "---\ntitle: T\n---\n" + markdown);

    [Theory]
    [InlineData("C++ and g++ both compile it.", "C++ and g++ both compile it.")]
    [InlineData("x^2 + y^3 grows.", "x^2 + y^3 grows.")]
    [InlineData("about ~5 minutes or ~10 at most", "about ~5 minutes or ~10 at most")]
    public void Plus_caret_and_single_tilde_are_text(string markdown, string expected)
    {
        var html = Body(markdown + "\n");
        Assert.Contains("<p>" + expected + "</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ins>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<sup>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<sub>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_tilde_still_strikes() =>
        Assert.Contains("<del>gone</del>", Body("~~gone~~\n"), StringComparison.Ordinal);

    [Fact]
    public void A_first_heading_below_h2_is_raised_so_no_level_is_skipped()
    {
        var html = Body("### First\n\n#### Under it\n\n### Sibling\n");
        Assert.Contains("<h2 id=\"first\">", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"under-it\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"sibling\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_inside_the_outline_closes()
    {
        var html = Body("## A\n\n#### Deep\n\n##### Deeper\n\n## B\n");
        Assert.Contains("<h3 id=\"deep\">", html, StringComparison.Ordinal);
        Assert.Contains("<h4 id=\"deeper\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"b\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_h1_still_sits_under_the_title()
    {
        var html = Body("# Part\n\n## Section\n");
        Assert.Contains("<h2 id=\"part\">", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"section\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Toc_nests_h3_entries_inside_their_h2_item()
    {
        var page = Page("## One\n\n### One a\n\n### One b\n\n## Two\n\n## Three\n").PageHtml;
        var toc = page[page.IndexOf("<nav class=\"toc\"", StringComparison.Ordinal)..page.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains(
            "<ol>\n<li><a href=\"#one\">One</a>\n<ol>\n<li><a href=\"#one-a\">One a</a></li>\n<li><a href=\"#one-b\">One b</a></li>\n</ol>\n</li>\n"
            + "<li><a href=\"#two\">Two</a>\n</li>\n<li><a href=\"#three\">Three</a>\n</li>\n</ol>",
            toc,
            StringComparison.Ordinal);
    }

    // External images render as written; local ones are resolved as assets (Assets/AssetRenderingTests).
    [Fact]
    public void Images_load_lazily_and_decode_asynchronously() =>
        Assert.Contains("<img src=\"https://cdn.example.test/a.png\" loading=\"lazy\" decoding=\"async\" alt=\"a\" />", Body("![a](https://cdn.example.test/a.png)\n"), StringComparison.Ordinal);

    [Theory]
    [InlineData("![a](https://cdn.example.test/a.png =250x)", "<img src=\"https://cdn.example.test/a.png\" width=\"250\" loading=\"lazy\" decoding=\"async\" alt=\"a\" />")]
    [InlineData("![a](https://cdn.example.test/a.png =x150)", "<img src=\"https://cdn.example.test/a.png\" height=\"150\" loading=\"lazy\" decoding=\"async\" alt=\"a\" />")]
    [InlineData("![a](https://cdn.example.test/a.png =100x200)", "<img src=\"https://cdn.example.test/a.png\" width=\"100\" height=\"200\" loading=\"lazy\" decoding=\"async\" alt=\"a\" />")]
    [InlineData("![a](https://cdn.example.test/a.png \"t\" =100x200)", "<img src=\"https://cdn.example.test/a.png\" width=\"100\" height=\"200\" loading=\"lazy\" decoding=\"async\" alt=\"a\" title=\"t\" />")]
    [InlineData("![](https://cdn.example.test/a.png =50%x)", "<img src=\"https://cdn.example.test/a.png\" loading=\"lazy\" decoding=\"async\" alt=\"\" />")]
    public void Zenn_image_sizes_become_attributes(string markdown, string expected) =>
        Assert.Contains(expected, Body(markdown + "\n"), StringComparison.Ordinal);

    [Theory]
    [InlineData("![a](/a.png =100200)")]
    [InlineData("![a](/a.png \"title\"=100x200)")]
    public void Malformed_sizes_are_not_sizes(string markdown) =>
        Assert.DoesNotContain("width=", Body(markdown + "\n"), StringComparison.Ordinal);

    [Fact]
    public void A_sized_image_with_a_script_url_renders_no_image() =>
        Assert.DoesNotContain("<img", Body("![a](javascript:alert =250x)\n"), StringComparison.Ordinal);
}
