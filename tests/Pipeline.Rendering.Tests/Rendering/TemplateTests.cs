using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Templates;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Rendering;

public sealed class TemplateTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("pipeline-templates-");

    public void Dispose() => _directory.Delete(recursive: true);

    private static readonly DraftSource Source = new("a.md", "---\ntitle: \"<Tom & Jerry>\"\n---\nbody text"u8.ToArray());

    [Fact]
    public void A_templates_directory_replaces_the_built_in_layout_by_name()
    {
        File.WriteAllText(Path.Combine(_directory.FullName, "article" + TemplateSet.FileExtension),
            "<html lang=\"{{ page.lang }}\"><h1>{{ page.title }}</h1>{{ body }}<a href=\"{{ site.index_url }}\">home</a></html>");
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.TemplatesDirectory = _directory.FullName));

        var article = renderer.Render(Source);

        Assert.Equal("<html lang=\"en\"><h1>&lt;Tom &amp; Jerry&gt;</h1><p>body text</p>\n<a href=\"/\">home</a></html>", article.PageHtml);
        Assert.NotEqual(TestDrafts.Renderer.Version, renderer.Version);
    }

    [Theory]
    [InlineData("<main>{{ body }}</main>", "<main>{0}</main>")]
    [InlineData("<main>{{ body }}</main><aside>{{ body }}</aside>", "<main>{0}</main><aside>{0}</aside>")]
    [InlineData("<main>{{ page.title }}</main>", "<main>&lt;Tom &amp; Jerry&gt;</main>")]
    [InlineData("{{ x = 1 }}<main>{{ body }}</main>", "<main>{0}</main>")] // an assignment: interpreted
    public void The_body_is_the_articles_html_however_often_the_layout_prints_it(string layout, string expected)
    {
        const string body = "<p>body text with javascript&#58;alert(1)</p>\n";
        var path = Path.Combine(_directory.FullName, "layout.html");
        File.WriteAllText(path, layout);
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.ArticleTemplatePath = path));
        var source = new DraftSource("a.md", "---\ntitle: \"<Tom & Jerry>\"\n---\nbody text with javascript:alert(1)"u8.ToArray());

        var article = renderer.Render(source);
        var other = renderer.Render(new DraftSource("b.md", "---\ntitle: other\n---\nanother body, rendered on the same thread"u8.ToArray()));

        var unread = article with { };
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, body), article.PageHtml);
        Assert.Equal(body, article.BodyHtml);
        Assert.Equal(body, (unread with { PageHtml = "replaced" }).BodyHtml);
        Assert.Equal("<p>another body, rendered on the same thread</p>\n", other.BodyHtml);
        Assert.Equal(article, unread); // one read its body, the other not: still equal
        Assert.NotEqual(article, other);
    }

    [Fact]
    public void An_article_template_path_wins_and_changes_the_renderer_version()
    {
        var path = Path.Combine(_directory.FullName, "custom.html");
        File.WriteAllText(path, "[{{ page.title }}]");
        var first = new ArticleRenderer(TestDrafts.Options(site => site.ArticleTemplatePath = path));
        File.WriteAllText(path, "({{ page.title }})");
        var second = new ArticleRenderer(TestDrafts.Options(site => site.ArticleTemplatePath = path));

        Assert.Equal("[&lt;Tom &amp; Jerry&gt;]", first.Render(Source).PageHtml);
        Assert.Equal("(&lt;Tom &amp; Jerry&gt;)", second.Render(Source).PageHtml);
        Assert.NotEqual(first.Version, second.Version);
        Assert.StartsWith(ArticleRenderer.CodeVersion + ".", first.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_names_fall_back_to_the_built_in_template()
    {
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.TemplatesDirectory = _directory.FullName));
        Assert.Equal(TestDrafts.Renderer.Version, renderer.Version);
    }

    [Fact]
    public void A_broken_template_is_a_configuration_error_naming_the_file()
    {
        var path = Path.Combine(_directory.FullName, "broken.html");
        File.WriteAllText(path, "{{ if page.title }}never closed");
        var ex = Assert.Throws<InvalidOperationException>(() => new ArticleRenderer(TestDrafts.Options(site => site.ArticleTemplatePath = path)));
        Assert.Contains("broken.html", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_that_fails_at_runtime_does_not_spoil_later_renders()
    {
        var path = Path.Combine(_directory.FullName, "fails.html");
        File.WriteAllText(path, "{{ if page.title != 'fine' }}{{ for i in 1..200000 }}{{ end }}{{ end }}ok {{ page.title }}");
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.ArticleTemplatePath = path));

        Assert.ThrowsAny<Exception>(() => renderer.Render(Source));
        Assert.Equal("ok fine", renderer.Render(new DraftSource("b.md", "---\ntitle: fine\n---\nx"u8.ToArray())).PageHtml);
        Assert.StartsWith("<!DOCTYPE html>", TestDrafts.Render("c.md", "# c").PageHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Concurrent_renders_match_sequential_ones()
    {
        var drafts = Enumerable.Range(0, 64).Select(i => new DraftSource($"d{i}.md", System.Text.Encoding.UTF8.GetBytes($"---\ntitle: Post {i}\ntags: [t{i % 5}]\n---\n## 見出し {i}\n\n本文 {i}。"))).ToArray();
        var sequential = drafts.Select(d => TestDrafts.Renderer.Render(d).PageHtml).ToArray();
        var parallel = new string[drafts.Length];
        Parallel.For(0, drafts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = TestDrafts.Renderer.Render(drafts[i]).PageHtml);
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Unknown_template_names_are_an_error()
    {
        var templates = new TemplateSet(new Pipeline.Rendering.Configuration.SiteOptions());
        Assert.Throws<InvalidOperationException>(() => templates.Fingerprint("no-such-template"));
    }
}
