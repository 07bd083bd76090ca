using System.Text.Json;
using AngleSharp.Dom;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Rendering;

public sealed class PageTests
{
    private const string Draft = """
        ---
        title: "Azure と Markdown の話"
        date: 2025-08-26T09:30:00+09:00
        lastmod: 2025-08-27T10:00:00+09:00
        tags: [Azure, "Static Sites", 日本語]
        summary: "要約です。"
        authors: [山田]
        image: /img/cover.png
        ---
        本文の段落です。

        ## 背景

        ### 詳細

        ## まとめ
        """;

    // The cover is Hugo's static/img/cover.png, published as an asset (800 px wide: its own social image).
    private static readonly Article Article = TestDrafts.Renderer.Render(
        new DraftSource("posts/azure.md", System.Text.Encoding.UTF8.GetBytes(Draft)), new FakeAssets().Raster("static/img/cover.png", "image/png", 800, 420));
    private static readonly IDocument Page = Html.Page(Article.PageHtml);

    private static string? Meta(string selector, string attribute = "content") => Page.QuerySelector(selector)?.GetAttribute(attribute);

    [Fact]
    public void Page_is_a_complete_html5_document_in_the_articles_language()
    {
        Assert.StartsWith("<!DOCTYPE html>", Article.PageHtml, StringComparison.Ordinal);
        Assert.Equal("ja", Page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", Meta("meta[charset]", "charset"));
        Assert.Equal("Azure と Markdown の話 | Example", Page.Title);
        Assert.Equal("要約です。", Meta("meta[name=description]"));
        Assert.NotNull(Meta("meta[name=viewport]"));
    }

    [Fact]
    public void Canonical_and_opengraph_use_the_site_base_url()
    {
        var canonical = "https://example.test" + SitePaths.Article(Article.Metadata.Slug);
        Assert.Equal(canonical, Meta("link[rel=canonical]", "href"));
        Assert.Equal(canonical, Meta("meta[property='og:url']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("Azure と Markdown の話", Meta("meta[property='og:title']"));
        Assert.Matches("^https://example\\.test/assets/[0-9a-f]{32}/cover\\.png$", Meta("meta[property='og:image']"));
        Assert.Equal("2025-08-26T09:30:00+09:00", Meta("meta[property='article:published_time']"));
        Assert.Equal("ja_JP", Meta("meta[property='og:locale']"));
    }

    [Fact]
    public void Json_ld_describes_the_article_with_language_and_offset_dates()
    {
        var script = Assert.Single(Page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("BlogPosting", root.GetProperty("@type").GetString());
        Assert.Equal("ja", root.GetProperty("inLanguage").GetString());
        Assert.Equal("2025-08-26T09:30:00+09:00", root.GetProperty("datePublished").GetString());
        Assert.Equal("2025-08-27T10:00:00+09:00", root.GetProperty("dateModified").GetString());
        Assert.Equal("山田", root.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("Azure と Markdown の話", root.GetProperty("headline").GetString());
    }

    [Fact]
    public void Plain_text_news_summaries_are_news_articles()
    {
        var page = Html.Page(TestDrafts.Render("news.txt", "見出し\n本文です。").PageHtml);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
    }

    [Fact]
    public void Header_shows_dates_reading_time_and_tags_linking_to_tag_pages()
    {
        var header = Page.QuerySelector("article > header")!;
        Assert.Equal("2025-08-26T09:30:00+09:00", header.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("2025年8月26日", header.TextContent, StringComparison.Ordinal);
        Assert.Contains("約1分で読めます", header.TextContent, StringComparison.Ordinal);
        var tagLinks = header.QuerySelectorAll("a[rel=tag]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(new[] { "Azure", "Static Sites", "日本語" }.Select(t => SitePaths.Tag(TagKey.Normalize(t))), tagLinks);
    }

    [Fact]
    public void A_tag_no_url_can_name_is_shown_as_text_not_linked()
    {
        var page = Html.Page(TestDrafts.Render("a.md", "---\ntitle: Hello\ntags: [\"CI/CD\", \"C#\"]\n---\nbody").PageHtml);
        var tags = page.QuerySelector("ul.tags")!;

        Assert.Equal([SitePaths.Tag("c#")], tags.QuerySelectorAll("a[rel=tag]").Select(a => a.GetAttribute("href")));
        Assert.Equal(["#CI/CD"], tags.QuerySelectorAll("span").Select(s => s.TextContent));
    }

    [Fact]
    public void Page_links_back_to_the_index()
    {
        Assert.Contains(Page.QuerySelectorAll("a"), a => a.GetAttribute("href") == SitePaths.Index);
    }

    [Fact]
    public void Landmarks_one_h1_and_a_toc_that_points_at_real_headings()
    {
        Assert.Single(Page.QuerySelectorAll("main"));
        Assert.Single(Page.QuerySelectorAll("main article"));
        Assert.Single(Page.QuerySelectorAll("h1"));
        var toc = Page.QuerySelector("nav.toc")!;
        var targets = toc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["#背景", "#詳細", "#まとめ"], targets);
        Assert.All(targets, href => Assert.NotNull(Page.GetElementById(href[1..])));
    }

    [Fact]
    public void Page_loads_no_external_resources()
    {
        Assert.Empty(Page.QuerySelectorAll("link[rel=stylesheet], script[src], iframe, object, embed"));
        Assert.All(Page.QuerySelectorAll("[src]"), e => Assert.StartsWith("/", e.GetAttribute("src"), StringComparison.Ordinal));
        Assert.DoesNotContain("@import", Article.PageHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", Article.PageHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_css_keeps_japanese_line_breaking_and_narrow_screens_in_mind()
    {
        var css = Page.QuerySelector("style")!.TextContent;
        Assert.Contains("line-break:strict", css, StringComparison.Ordinal);
        Assert.Contains("overflow-wrap:anywhere", css, StringComparison.Ordinal);
        Assert.Contains("Noto Sans JP", css, StringComparison.Ordinal);
        Assert.Contains("pre{overflow-x:auto", css, StringComparison.Ordinal);
        Assert.Contains("img,video{max-width:100%", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_url_path_prefix_is_kept_in_canonical_and_site_links()
    {
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.BaseUrl = "https://example.test/blog"));
        var article = renderer.Render(new DraftSource("a.md", "---\ntitle: Hello\ntags: [x]\n---\nbody"u8.ToArray()));
        var page = Html.Page(article.PageHtml);
        Assert.Equal("https://example.test/blog/articles/hello", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/blog/tags/x", page.QuerySelector("a[rel=tag]")!.GetAttribute("href"));
        Assert.Equal("/blog/", page.QuerySelector("a[rel=home]")!.GetAttribute("href"));
    }

    [Fact]
    public void English_pages_get_english_labels_and_dates()
    {
        var page = Html.Page(TestDrafts.Render("a.md", "---\ntitle: Hello\ndate: 2025-01-05\n---\nSome English text.").PageHtml);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("January 5, 2025", page.QuerySelector("time")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 min read", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
