using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Security;

public sealed class XssTests
{
    public static TheoryData<string> VectorNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var (name, _) in XssCorpus.Vectors)
            {
                data.Add(name);
            }

            return data;
        }
    }

    [Fact]
    public void The_corpus_holds_at_least_forty_distinct_vectors()
    {
        Assert.True(XssCorpus.Vectors.Length >= 40);
        Assert.Equal(XssCorpus.Vectors.Length, XssCorpus.Vectors.Select(v => v.Markdown).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Each_vector_renders_harmless_in_a_markdown_draft(string name)
    {
        var markdown = XssCorpus.Vectors.Single(v => v.Name == name).Markdown;
        var article = TestDrafts.Render("xss.md", "---\ntitle: XSS\n---\nBefore.\n\n" + markdown + "\n\nAfter.\n");
        Harmless.Assert(article.BodyHtml);
        Assert.Contains("Before.", article.BodyHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Each_vector_is_inert_text_in_a_plain_text_draft(string name)
    {
        var text = XssCorpus.Vectors.Single(v => v.Name == name).Markdown;
        var article = TestDrafts.Render("xss.txt", "XSS\n" + text + "\n");
        Assert.DoesNotContain("<script", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.All(Harmless.Elements(article.BodyHtml), element => Assert.True(element.LocalName is "p" or "a" or "ul" or "li", element.OuterHtml));
    }

    [Fact]
    public void Control_characters_escaped_into_front_matter_are_dropped()
    {
        var article = TestDrafts.Render("a.md", "{\"title\": \"<scr\\u0000ipt>x\\u0001\"}\nBody");
        Assert.Equal("<script>x", article.Metadata.Title);
        Assert.DoesNotContain("<script>x", article.PageHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Each_vector_in_front_matter_stays_escaped_in_the_page(string name)
    {
        var vector = XssCorpus.Vectors.Single(v => v.Name == name).Markdown;
        var json = System.Text.Json.JsonSerializer.Serialize(vector);
        var article = TestDrafts.Render("xss.md", $"{{\"title\": {json}, \"summary\": {json}, \"tags\": [{json}], \"authors\": [{json}]}}\nBody.\n");
        var page = Html.Page(article.PageHtml);
        Assert.Equal(vector.Trim(), page.QuerySelector("h1")!.TextContent.Trim());
        var scripts = page.QuerySelectorAll("script");
        var jsonLd = Assert.Single(scripts);
        Assert.Equal("application/ld+json", jsonLd.GetAttribute("type"));
        using var parsed = System.Text.Json.JsonDocument.Parse(jsonLd.TextContent);
        Assert.Equal(vector.Trim(), parsed.RootElement.GetProperty("headline").GetString());
        Assert.All(page.QuerySelectorAll("*"), element =>
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("<details>\n<summary>More</summary>\n\nHidden **text**.\n\n</details>", "<details>", "</details>")]
    [InlineData("H<sub>2</sub>O and E=mc<sup>2</sup>", "<sub>2</sub>", "<sup>2</sup>")]
    [InlineData("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>", "<kbd>Ctrl</kbd>", "<kbd>C</kbd>")]
    [InlineData("<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>", "<ruby>", "<rt>かんじ</rt>")]
    [InlineData("<abbr title=\"HyperText\">HTML</abbr> <mark>hi</mark>", "<abbr title=\"HyperText\">", "<mark>hi</mark>")]
    [InlineData("<a href=\"https://example.com/\" title=\"t\">ok</a>", "<a href=\"https://example.com/\" title=\"t\">ok</a>", "ok")]
    [InlineData("<table><tr><td>cell</td></tr></table>", "<table>", "<td>cell</td>")]
    [InlineData("<img src=\"https://cdn.example.test/a.png\" alt=\"pic\" width=\"10\">", "src=\"https://cdn.example.test/a.png\"", "alt=\"pic\"")]
    public void Harmless_html_survives(string markdown, string expected1, string expected2)
    {
        var html = TestDrafts.Render("ok.md", "---\ntitle: ok\n---\n" + markdown + "\n").BodyHtml;
        Assert.Contains(expected1, html, StringComparison.Ordinal);
        Assert.Contains(expected2, html, StringComparison.Ordinal);
        Harmless.Assert(html);
    }

    [Fact]
    public void Details_wrapping_markdown_keeps_the_markdown_inside()
    {
        var html = TestDrafts.Render("ok.md", "---\ntitle: ok\n---\n<details>\n<summary>More</summary>\n\nHidden **text**.\n\n</details>\n").BodyHtml;
        var details = Html.Fragment(html).QuerySelector("details")!;
        Assert.Equal("text", details.QuerySelector("strong")!.TextContent);
    }

    [Theory]
    [InlineData("[ok](https://example.com)", "https://example.com")]
    [InlineData("[ok](/relative/path)", "/relative/path")]
    [InlineData("[ok](#anchor)", "#anchor")]
    [InlineData("[ok](mailto:a@example.com)", "mailto:a@example.com")]
    [InlineData("![ok](data:image/png;base64,iVBORw0KGgo=)", "data:image/png;base64,iVBORw0KGgo=")]
    public void Safe_urls_are_kept(string markdown, string url) =>
        Assert.Contains(url, TestDrafts.Render("ok.md", "---\ntitle: ok\n---\n" + markdown).BodyHtml, StringComparison.Ordinal);
}
