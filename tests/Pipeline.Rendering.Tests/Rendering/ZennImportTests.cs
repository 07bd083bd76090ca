using System.Text.RegularExpressions;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Markdown;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Rendering;

/// <summary>
/// Importing a Zenn repository: a Zenn draft's slug is its file name (Zenn's URL), and dates written without an offset
/// are wall-clock times in the site's zone (<c>Pipeline:Site:TimeZone</c>, Asia/Tokyo by default on a Japanese site).
/// </summary>
public sealed class ZennImportTests
{
    private const string ZennFront = "---\ntitle: \"はじめての投稿\"\nemoji: \"🚀\"\ntype: \"tech\"\ntopics: [\"zenn\"]\npublished: true\n";

    [Theory]
    [InlineData("articles/my-first-post.md", "my-first-post")]
    [InlineData("articles/0a1b2c3d4e5f6g.md", "0a1b2c3d4e5f6g")]
    [InlineData("books/intro/chapter_1.md", "chapter_1")]
    public void A_zenn_drafts_slug_is_its_file_name(string path, string slug) =>
        Assert.Equal(slug, TestDrafts.Render(path, ZennFront + "---\n本文。\n").Metadata.Slug);

    [Fact]
    public void A_front_matter_slug_still_wins() =>
        Assert.Equal("chosen", TestDrafts.Render("articles/my-first-post.md", ZennFront + "slug: chosen\n---\n本文。\n").Metadata.Slug);

    [Fact]
    public void A_commonmark_draft_keeps_the_slug_from_its_title() =>
        Assert.Equal("hello-world", TestDrafts.Render("posts/my-first-post.md", "---\ntitle: Hello World\n---\nText.\n").Metadata.Slug);

    [Fact]
    public void The_site_dialect_makes_every_markdown_draft_take_its_file_name_but_not_plain_text()
    {
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.MarkdownDialect = MarkdownDialect.Zenn));

        Assert.Equal("my-first-post", renderer.Render(Draft("articles/my-first-post.md", "---\ntitle: Hello World\n---\nText.\n")).Metadata.Slug);
        Assert.Equal("hello-world", renderer.Render(Draft("notes/memo-file.txt", "Hello World\nA line.\n")).Metadata.Slug);
    }

    [Theory]
    [InlineData("articles/My Post!.md")]
    [InlineData("articles/.hidden-name.md")]
    public void A_file_name_that_is_no_valid_slug_leaves_the_title_to_decide(string path) =>
        Assert.Equal("はじめての投稿", TestDrafts.Render(path, ZennFront + "---\n本文。\n").Metadata.Slug);

    [Fact]
    public void A_japanese_site_reads_an_offsetless_published_at_as_japan_time_and_shows_it_with_the_offset()
    {
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.Language = "ja"));

        var article = renderer.Render(Draft("articles/my-first-post.md", ZennFront + "published_at: 2023-01-01 09:00\n---\nはじめての本文です。\n"));

        Assert.Equal(new DateTimeOffset(2023, 1, 1, 9, 0, 0, TimeSpan.FromHours(9)), article.Metadata.Date);
        Assert.Equal(TimeSpan.FromHours(9), article.Metadata.Date!.Value.Offset);
        Assert.Equal("<time datetime=\"2023-01-01T09:00:00+09:00\">2023年1月1日</time>", Regex.Match(article.PageHtml, "<time [^>]*>[^<]*</time>").Value);
        Assert.Contains("<meta property=\"article:published_time\" content=\"2023-01-01T09:00:00+09:00\">", article.PageHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_site_reads_it_as_utc_by_default() =>
        Assert.Equal(
            new DateTimeOffset(2023, 1, 1, 9, 0, 0, TimeSpan.Zero),
            TestDrafts.Render("articles/my-first-post.md", ZennFront + "published_at: 2023-01-01 09:00\n---\n本文。\n").Metadata.Date);

    [Theory]
    [InlineData("date: 2023-01-15", 2023, 1, 15, 0, 1)]
    [InlineData("date: 2023-07-01 09:00", 2023, 7, 1, 9, 2)]
    [InlineData("published_at: 2023-03-26 01:30", 2023, 3, 26, 1, 1)] // the last half hour before the switch to summer time
    [InlineData("published_at: 2023-03-26 03:30", 2023, 3, 26, 3, 2)]
    public void A_zone_with_daylight_saving_time_gives_each_date_its_own_offset(string line, int year, int month, int day, int hour, int offsetHours)
    {
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.TimeZone = "Europe/Berlin"));

        var date = renderer.Render(Draft("posts/a.md", $"---\ntitle: T\n{line}\n---\nText.\n")).Metadata.Date!.Value;

        Assert.Equal(new DateTime(year, month, day, hour, line.Contains(":30", StringComparison.Ordinal) ? 30 : 0, 0), date.DateTime);
        Assert.Equal(TimeSpan.FromHours(offsetHours), date.Offset);
    }

    [Theory]
    [InlineData("date: 2023-01-01T00:00:00Z", 0)]
    [InlineData("date: 2023-01-01T00:00:00+02:00", 2)]
    public void A_date_with_its_own_offset_keeps_it(string line, int offsetHours)
    {
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.Language = "ja"));

        var date = renderer.Render(Draft("posts/a.md", $"---\ntitle: T\n{line}\n---\nText.\n")).Metadata.Date!.Value;

        Assert.Equal(new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(offsetHours)), date);
        Assert.Equal(TimeSpan.FromHours(offsetHours), date.Offset);
    }

    [Fact]
    public void Toml_and_json_local_dates_are_read_in_the_site_zone_too()
    {
        var renderer = new ArticleRenderer(TestDrafts.Options(site => site.TimeZone = "Asia/Tokyo"));

        var toml = renderer.Render(Draft("posts/a.md", "+++\ntitle = \"T\"\ndate = 2023-06-01T08:00:00\nlastmod = 2023-06-02\n+++\nText.\n")).Metadata;
        var tomlWithOffset = renderer.Render(Draft("posts/b.md", "+++\ntitle = \"T\"\ndate = 2023-06-01T08:00:00Z\n+++\nText.\n")).Metadata;
        var json = renderer.Render(Draft("posts/c.md", "{\"title\": \"T\", \"date\": \"2023-06-01 08:00\"}\nText.\n")).Metadata;

        Assert.Equal(new DateTimeOffset(2023, 6, 1, 8, 0, 0, TimeSpan.FromHours(9)), toml.Date);
        Assert.Equal(new DateTimeOffset(2023, 6, 2, 0, 0, 0, TimeSpan.FromHours(9)), toml.Updated);
        Assert.Equal(TimeSpan.Zero, tomlWithOffset.Date!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 8, 0, 0, TimeSpan.FromHours(9)), json.Date);
    }

    [Theory]
    [InlineData("ja", null, "Asia/Tokyo")]
    [InlineData("ja-JP", null, "Asia/Tokyo")]
    [InlineData("en", null, "UTC")]
    [InlineData("jam", null, "UTC")]
    [InlineData("ja", "Europe/Berlin", "Europe/Berlin")]
    public void The_default_zone_follows_the_site_language(string language, string? configured, string expected) =>
        Assert.Equal(expected, SiteTimeZone.IdOf(new SiteOptions { Language = language, TimeZone = configured }));

    [Fact]
    public void An_unknown_zone_is_a_start_up_error_naming_the_setting()
    {
        var error = Assert.Throws<ArgumentException>(() => new ArticleRenderer(TestDrafts.Options(site => site.TimeZone = "Mars/Olympus_Mons")));
        Assert.Contains("Pipeline:Site:TimeZone", error.Message, StringComparison.Ordinal);
    }

    private static DraftSource Draft(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
