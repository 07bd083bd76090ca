using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Templates;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Rendering;

/// <summary>
/// Layouts are compiled to delegates once (<see cref="LayoutCompiler"/>); the interpreter stays the reference. Every
/// built-in layout compiles, a compiled page equals the interpreted one byte for byte, and a site layout the compiler
/// does not cover still renders, through the interpreter.
/// </summary>
public sealed class CompiledLayoutTests : IDisposable
{
    private static readonly string GoldenDirectory = Path.Combine(TestDrafts.RepositoryRoot, "tests", "Pipeline.Rendering.Tests", "Golden");
    private static readonly DraftSource Source = new("a.md", "---\ntitle: \"<Tom & Jerry>\"\ntags: [a, b]\n---\n## One\n\n### Two\n\nbody text"u8.ToArray());

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("pipeline-compiled-layout-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData(TemplateSet.Article)]
    [InlineData(TemplateSet.Index)]
    [InlineData(TemplateSet.Tag)]
    [InlineData("listing-page")]
    [InlineData("listing-head")]
    [InlineData("listing-entries")]
    public void Every_built_in_layout_compiles(string name)
    {
        Assert.True(new TemplateSet(new Configuration.SiteOptions()).IsCompiled(name));
        Assert.False(new TemplateSet(new Configuration.SiteOptions(), compile: false).IsCompiled(name));
    }

    [Theory]
    [MemberData(nameof(GoldenTests.Inputs), MemberType = typeof(GoldenTests))]
    public void The_compiled_article_layout_prints_what_the_interpreter_prints(string name)
    {
        var options = TestDrafts.Options();
        var interpreted = new ArticleRenderer(options, new TemplateSet(options.Site, compile: false));
        var draft = new DraftSource(name, File.ReadAllBytes(Path.Combine(GoldenDirectory, name)));

        Assert.Equal(interpreted.Render(draft).PageHtml, TestDrafts.Renderer.Render(draft).PageHtml);
    }

    public static TheoryData<int, bool, bool> ListingShapes => new()
    {
        { 0, false, false },
        { 1, true, false },
        { 3, false, true },
        { 5, true, true },
    };

    [Theory]
    [MemberData(nameof(ListingShapes))]
    public void The_compiled_listing_layouts_print_what_the_interpreter_prints(int entries, bool tagPage, bool paged)
    {
        var compiled = new TemplateSet(new Configuration.SiteOptions());
        var interpreted = new TemplateSet(new Configuration.SiteOptions(), compile: false);
        var name = tagPage ? TemplateSet.Tag : TemplateSet.Index;

        var page = compiled.Render(name, ListingModel(entries, tagPage, paged));

        Assert.Equal(interpreted.Render(name, ListingModel(entries, tagPage, paged)), page);
        Assert.Contains("Site &amp; co", page, StringComparison.Ordinal);
    }

    /// <summary>A listing model of the shape Pipeline.Web's EscapedModel builds (snake_case keys, escaped strings).</summary>
    private static Scriban.Runtime.ScriptObject ListingModel(int entries, bool tagPage, bool paged)
    {
        var items = new Scriban.Runtime.ScriptArray();
        for (var i = 0; i < entries; i++)
        {
            var tags = new Scriban.Runtime.ScriptArray();
            for (var t = 0; t < i % 3; t++)
            {
                tags.Add(new Scriban.Runtime.ScriptObject { ["name"] = $"tag{t}", ["url"] = t == 1 ? null : $"/tags/tag{t}" });
            }

            items.Add(new Scriban.Runtime.ScriptObject
            {
                ["title"] = $"Post {i} &amp; more", ["url"] = $"/articles/p{i}", ["lang"] = i % 2 == 0 ? "en" : "ja",
                ["date_iso"] = "2025-01-02T03:04:05+09:00", ["date_text"] = "January 2, 2025", ["excerpt"] = i == 1 ? "" : $"Excerpt {i}",
                ["reading_time"] = $"{i} min read", ["tags"] = tags,
            });
        }

        return new Scriban.Runtime.ScriptObject
        {
            ["lang"] = "en", ["site_title"] = "Site &amp; co", ["page_title"] = tagPage ? "#tag0" : "Site &amp; co", ["heading"] = tagPage ? "#tag0" : null,
            ["canonical_url"] = "https://example.test/", ["home_url"] = "/", ["atom_url"] = "/feed.atom", ["json_feed_url"] = "/feed.json",
            ["newer_url"] = paged ? "/?cursor=a" : null, ["older_url"] = paged ? "/?cursor=b" : null,
            ["tag"] = tagPage ? new Scriban.Runtime.ScriptObject { ["name"] = "tag0", ["key"] = "tag0" } : null,
            ["entries"] = items,
            ["text"] = new Scriban.Runtime.ScriptObject { ["articles"] = "Articles", ["tags"] = "Tags", ["newer"] = "Newer", ["older"] = "Older", ["empty"] = "Nothing yet." },
        };
    }

    [Fact]
    public void A_site_layout_within_the_compiled_part_of_Scriban_is_compiled_and_prints_the_same()
    {
        WriteArticleTemplate(
            "{{~ if page.has_tags ~}}<ul>{{ for tag in page.tags }}<li>{{ tag.name }}{{ if tag.url && !(tag.name == 'b') }}@{{ tag.url }}{{ else if tag.url }}!{{ end }}</li>{{ end }}</ul>{{~ end ~}}"
            + "{{ for entry in page.toc }}{{ entry.text }}({{ entry.children.size }}){{ end }}|{{ page.reading_minutes }}|{{ page.has_toc }}|{{ page.missing }}|{{ body }}");
        var (compiled, interpreted) = Renderers();

        Assert.True(compiled.IsCompiled(TemplateSet.Article));
        var page = Render(compiled);
        Assert.Equal(Render(interpreted), page);
        Assert.Equal("<ul><li>a@/tags/a</li><li>b!</li></ul>One(1)|1|true||<h2 id=\"one\">One</h2>\n<h3 id=\"two\">Two</h3>\n<p>body text</p>\n", page);
    }

    [Fact]
    public void A_site_layout_using_more_of_Scriban_is_interpreted_and_still_renders()
    {
        WriteArticleTemplate("{{ page.title | string.upcase }} {{ for tag in page.tags }}{{ for.index }}{{ end }}");
        var (compiled, _) = Renderers();

        Assert.False(compiled.IsCompiled(TemplateSet.Article));
        Assert.Equal("&LT;TOM &AMP; JERRY&GT; 01", Render(compiled));
    }

    [Fact]
    public void A_compiled_layout_leaves_a_name_the_model_lacks_to_the_interpreter()
    {
        // `math` is one of Scriban's built-in objects, not part of the model: only the interpreter knows it.
        WriteArticleTemplate("{{ if math }}built-in{{ end }} {{ page.title }}");
        var (compiled, _) = Renderers();

        Assert.True(compiled.IsCompiled(TemplateSet.Article));
        Assert.Equal("built-in &lt;Tom &amp; Jerry&gt;", Render(compiled));
    }

    [Fact]
    public void A_layout_including_itself_stays_interpreted()
    {
        WriteArticleTemplate("{{ if false }}{{ include 'article' }}{{ end }}x");
        var (compiled, _) = Renderers();

        Assert.False(compiled.IsCompiled(TemplateSet.Article));
        Assert.Equal("x", Render(compiled));
    }

    [Fact]
    public void A_site_partial_is_compiled_into_the_layout_that_includes_it()
    {
        WriteArticleTemplate("<{{ include 'part' }}>");
        File.WriteAllText(Path.Combine(_directory.FullName, "part" + TemplateSet.FileExtension), "{{ page.title }}");
        var (compiled, interpreted) = Renderers();

        Assert.True(compiled.IsCompiled(TemplateSet.Article));
        Assert.Equal(Render(interpreted), Render(compiled));
        Assert.Equal("<&lt;Tom &amp; Jerry&gt;>", Render(compiled));
    }

    private void WriteArticleTemplate(string source) =>
        File.WriteAllText(Path.Combine(_directory.FullName, TemplateSet.Article + TemplateSet.FileExtension), source);

    private (TemplateSet Compiled, TemplateSet Interpreted) Renderers()
    {
        var site = TestDrafts.Options(site => site.TemplatesDirectory = _directory.FullName).Site;
        return (new TemplateSet(site), new TemplateSet(site, compile: false));
    }

    private static string Render(TemplateSet templates) => new ArticleRenderer(TestDrafts.Options(), templates).Render(Source).PageHtml;
}
