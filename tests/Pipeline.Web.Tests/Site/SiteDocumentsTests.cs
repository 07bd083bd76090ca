using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;
using Pipeline.Web.Site;

namespace Pipeline.Web.Tests.Site;

/// <summary>Feeds and sitemap written from index rows, checked without a server.</summary>
public sealed class SiteDocumentsTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string TokyoUrl = "https://example.org/blog/articles/%E6%9D%B1%E4%BA%AC%E3%81%AE%E7%A7%8B";

    private static readonly SiteOptions Site = new() { Title = "ブログ", BaseUrl = "https://example.org/blog", Language = "ja" };

    private static readonly ArticleSummary Tokyo = new(
        "東京の秋", "東京の秋、紅葉の名所めぐり", "東京の秋は短い。", "ja",
        new DateTimeOffset(2025, 11, 24, 8, 30, 0, TimeSpan.FromHours(9)),
        new DateTimeOffset(2025, 11, 25, 8, 30, 0, TimeSpan.FromHours(9)),
        ["旅行", "ＡＩ"], 2, "/articles/x");

    [Fact]
    public void The_atom_feed_carries_language_absolute_ids_offsets_and_normalised_categories()
    {
        var xml = AtomFeedWriter.Write(Site, new SiteUrls(Site), [new FeedItem(Tokyo, "<p>本文</p>")]);
        var feed = XDocument.Parse(Encoding.UTF8.GetString(xml)).Root!;
        var entry = feed.Element(Atom + "entry")!;

        Assert.Equal("ja", (string?)feed.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("2025-11-25T08:30:00+09:00", feed.Element(Atom + "updated")!.Value);
        Assert.Equal(TokyoUrl, entry.Element(Atom + "id")!.Value);
        Assert.Equal("2025-11-24T08:30:00+09:00", entry.Element(Atom + "published")!.Value);
        Assert.Equal(["旅行", "ai"], entry.Elements(Atom + "category").Select(c => (string)c.Attribute("term")!));
        Assert.Equal("<p>本文</p>", entry.Element(Atom + "content")!.Value);
        Assert.Equal("https://example.org/blog/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
    }

    [Fact]
    public void The_json_feed_has_the_same_ids_and_text_content_when_summaries_are_configured()
    {
        using var json = JsonDocument.Parse(JsonFeedWriter.Write(Site, new SiteUrls(Site), [new FeedItem(Tokyo, null)]));
        var item = json.RootElement.GetProperty("items")[0];

        Assert.Equal(JsonFeedWriter.Version, json.RootElement.GetProperty("version").GetString());
        Assert.Equal(TokyoUrl, item.GetProperty("id").GetString());
        Assert.Equal("東京の秋は短い。", item.GetProperty("content_text").GetString());
        Assert.False(item.TryGetProperty("content_html", out _));
        Assert.Equal("2025-11-25T08:30:00+09:00", item.GetProperty("date_modified").GetString());
    }

    [Fact]
    public void The_sitemap_lists_home_articles_and_linkable_tags_with_lastmod()
    {
        var hostileTag = Tokyo with { Slug = "b", Tags = ["<script>"] };
        XNamespace s = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var map = XDocument.Parse(Encoding.UTF8.GetString(SitemapWriter.Write(new SiteUrls(Site), [Tokyo, hostileTag])));
        var locations = map.Descendants(s + "loc").Select(l => l.Value).ToList();

        Assert.Equal(
            ["https://example.org/blog/", TokyoUrl, "https://example.org/blog/articles/b",
             "https://example.org/blog/tags/%E6%97%85%E8%A1%8C", "https://example.org/blog/tags/ai"],
            locations);
        Assert.All(map.Descendants(s + "lastmod"), l => Assert.Equal("2025-11-25T08:30:00+09:00", l.Value));
    }

    [Theory]
    [InlineData("ＡＩ", "/tags/ai")]
    [InlineData("Machine Learning", "/tags/machine-learning")]
    [InlineData("東京", "/tags/%E6%9D%B1%E4%BA%AC")]
    [InlineData("<script>", null)]
    [InlineData("   ", null)]
    public void Tag_links_use_the_normalised_key_and_skip_tags_no_url_can_ask_for(string tag, string? expected)
    {
        Assert.Equal(expected, TagRoute.PathFor(tag));
    }

    [Fact]
    public void A_full_content_body_is_the_inside_of_the_pages_article_element()
    {
        Assert.Equal("<h1>題</h1><p>本文</p>", StoredPageBodySource.ArticleElement("<html><body><nav></nav><article class=\"a\"><h1>題</h1><p>本文</p></article></body></html>"));
        Assert.Null(StoredPageBodySource.ArticleElement("<p>no article</p>"));
    }
}
