using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;
using Pipeline.Web.Site;
using Scriban.Runtime;

namespace Pipeline.Web.Tests.Site;

public sealed class SiteTemplatesTests
{
    private static ScriptObject Model(string title, string tag) => EscapedModel.From(View(title, tag));

    private static ListingView View(string title, string tag) => new()
    {
        SiteTitle = "サイト",
        Lang = "ja",
        Heading = "記事一覧",
        PageTitle = "サイト",
        CanonicalUrl = "https://example.org/",
        HomeUrl = "/",
        AtomUrl = "/feed.xml",
        JsonFeedUrl = "/feed.json",
        Entries = [new ListingEntryView(title, "/articles/a", "抜粋です。", "2025-11-24T08:30:00+09:00", "2025年11月24日", "約5分", "ja", [new TagLinkView(tag, null), new TagLinkView("東京", "/tags/%E6%9D%B1%E4%BA%AC")])],
        OlderUrl = "/?cursor=abc",
        Text = SiteText.Japanese,
    };

    [Fact]
    public void The_index_escapes_every_value_it_is_given()
    {
        var html = new TemplateSet(new SiteOptions()).Render(TemplateSet.Index, Model("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"));

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2025-11-24T08:30:00+09:00\">2025年11月24日</time>", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.Single(html.Split("<h1"), part => part.StartsWith('>')); // exactly one h1
    }

    [Fact]
    public void A_template_in_the_site_directory_replaces_only_its_namesake()
    {
        var directory = Directory.CreateTempSubdirectory("pipeline-templates-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "index.scriban-html"), "custom {{ entries.size }} {{ entries[0].title }}");
            File.WriteAllText(Path.Combine(directory.FullName, "listing-head.scriban-html"), "<title>replaced head</title>");
            var templates = new TemplateSet(new SiteOptions { TemplatesDirectory = directory.FullName });

            Assert.Equal("custom 1 a &amp; b", templates.Render(TemplateSet.Index, Model("a & b", "t")));
            var tagPage = templates.Render(TemplateSet.Tag, Model("a & b", "t"));
            Assert.StartsWith("<!DOCTYPE html>", tagPage, StringComparison.Ordinal);
            Assert.Contains("<title>replaced head</title>", tagPage, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_include_cannot_reach_outside_the_template_directory()
    {
        var directory = Directory.CreateTempSubdirectory("pipeline-templates-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "index.scriban-html"), "{{ include '../secrets' }}");
            var templates = new TemplateSet(new SiteOptions { TemplatesDirectory = directory.FullName });

            Assert.ThrowsAny<Exception>(() => templates.Render(TemplateSet.Index, Model("a", "t")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
