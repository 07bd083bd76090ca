using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace Pipeline.Browser.Tests;

/// <summary>The machine-readable site: Atom and JSON feeds, sitemap and robots.txt, read by real parsers.</summary>
[Collection(SiteCollection.Name)]
public sealed class FeedTests(SiteFixture site)
{
    [Fact]
    public async Task The_atom_feed_parses_and_every_link_is_absolute_and_resolves()
    {
        using var response = await site.Http.GetAsync("/feed.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream);
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal(SiteFixture.SiteTitle, feed.Title.Text);
        Assert.Equal("ja", feed.Language);
        Assert.Equal(20, feed.Items.Count());
        Assert.Equal(feed.Items.Select(i => i.PublishDate).OrderByDescending(d => d), feed.Items.Select(i => i.PublishDate));
        foreach (var item in feed.Items)
        {
            var link = Assert.Single(item.Links, l => l.RelationshipType == "alternate").Uri;
            Assert.True(link.IsAbsoluteUri, link.ToString());
            Assert.Equal(link.AbsoluteUri, item.Id);
            await AssertResolvesAsync(link);
        }

        var sample = feed.Items.Single(i => i.Title.Text.StartsWith("トランプ氏と李大統領会談で何が", StringComparison.Ordinal));
        Assert.Equal(site.Absolute(site.ArticleUrl(ArticlePageTests.SampleDraft)), sample.Links[0].Uri);
    }

    [Fact]
    public async Task The_atom_feed_dates_are_rfc3339_with_an_offset_and_entries_carry_their_language()
    {
        var atom = XDocument.Parse(await site.Http.GetStringAsync("/feed.xml"));
        XNamespace a = "http://www.w3.org/2005/Atom";
        var dates = atom.Descendants().Where(e => e.Name == a + "updated" || e.Name == a + "published").Select(e => e.Value).ToList();

        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$", d));
        Assert.All(atom.Descendants(a + "entry"), e => Assert.False(string.IsNullOrEmpty((string?)e.Attribute(XNamespace.Xml + "lang"))));
    }

    [Theory]
    [InlineData("tokyo-autumn.ja.md")]
    [InlineData(ArticlePageTests.SampleDraft)]
    public async Task An_articles_canonical_url_opengraph_and_json_ld_agree_with_its_feed_entry(string draft)
    {
        var atom = XDocument.Parse(await site.Http.GetStringAsync("/feed.xml"));
        XNamespace a = "http://www.w3.org/2005/Atom";
        var url = site.Absolute(site.ArticleUrl(draft)).AbsoluteUri;
        var entry = atom.Descendants(a + "entry").Single(e => e.Element(a + "id")!.Value == url);
        var html = await site.Http.GetStringAsync(url);

        Assert.Equal(url, Attribute(html, "<link rel=\"canonical\" href=\"([^\"]+)\""));
        Assert.Equal(url, Attribute(html, "<meta property=\"og:url\" content=\"([^\"]+)\""));
        using var jsonLd = JsonDocument.Parse(Attribute(html, "<script type=\"application/ld[+]json\">(.+?)</script>"));
        Assert.Equal(url, jsonLd.RootElement.GetProperty("url").GetString());
        Assert.Equal(entry.Element(a + "title")!.Value, jsonLd.RootElement.GetProperty("headline").GetString());
        Assert.Equal(entry.Attribute(XNamespace.Xml + "lang")!.Value, jsonLd.RootElement.GetProperty("inLanguage").GetString());
        if (jsonLd.RootElement.TryGetProperty("datePublished", out var published))
        {
            Assert.Equal(DateTimeOffset.Parse(entry.Element(a + "published")!.Value), DateTimeOffset.Parse(published.GetString()!));
        }
    }

    [Fact]
    public async Task The_json_feed_parses_and_every_link_is_absolute_and_resolves()
    {
        using var response = await site.Http.GetAsync("/feed.json");
        Assert.Equal("application/feed+json", response.Content.Headers.ContentType?.MediaType);
        using var feed = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = feed.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal(SiteFixture.SiteTitle, root.GetProperty("title").GetString());
        Assert.Equal(site.Absolute("/feed.json").AbsoluteUri, root.GetProperty("feed_url").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        foreach (var item in items)
        {
            var url = new Uri(item.GetProperty("url").GetString()!);
            Assert.True(url.IsAbsoluteUri);
            Assert.Equal(item.GetProperty("id").GetString(), url.AbsoluteUri);
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), out _));
            await AssertResolvesAsync(url);
        }
    }

    [Fact]
    public async Task The_sitemap_lists_every_article_and_tag_page_with_lastmod_and_robots_points_to_it()
    {
        var sitemap = XDocument.Parse(await site.Http.GetStringAsync("/sitemap.xml"));
        XNamespace s = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Descendants(s + "url").ToList();
        var locations = urls.Select(u => new Uri(u.Element(s + "loc")!.Value)).ToList();

        Assert.All(urls, u => Assert.True(DateTimeOffset.TryParse(u.Element(s + "lastmod")?.Value, out _)));
        foreach (var published in site.Drafts.Where(d => d.State == "published"))
        {
            Assert.Contains(site.Absolute(published.Url!), locations);
        }

        Assert.Contains(site.Absolute("/tags/" + DraftCorpus.XssTag), locations);
        foreach (var location in locations.Where(l => !l.AbsolutePath.StartsWith("/articles/xss-", StringComparison.Ordinal)))
        {
            await AssertResolvesAsync(location);
        }

        var robots = await site.Http.GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: " + site.Absolute("/sitemap.xml").AbsoluteUri, robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tags/xss")]
    [InlineData("/feed.xml")]
    [InlineData("/feed.json")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task A_repeated_conditional_request_is_answered_304(string path)
    {
        using var first = await site.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await site.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/?cursor=not-a-cursor")]
    [InlineData("/?cursor=a&cursor=b")]
    [InlineData("/tags/%3Cscript%3E")]
    [InlineData("/tags/%20%20")]
    public async Task Bad_input_is_a_400_problem(string path)
    {
        using var response = await site.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_cursor_from_one_listing_is_refused_by_another()
    {
        var index = await site.Http.GetStringAsync("/");
        var cursor = System.Text.RegularExpressions.Regex.Match(index, "cursor=([^\"&]+)").Groups[1].Value;

        using var response = await site.Http.GetAsync("/tags/xss?cursor=" + cursor);

        Assert.False(string.IsNullOrEmpty(cursor));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Attribute(string html, string pattern) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, pattern, System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);

    private async Task AssertResolvesAsync(Uri url)
    {
        Assert.Equal(site.BaseAddress.Authority, url.Authority);
        using var response = await site.Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
    }
}
