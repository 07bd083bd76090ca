using System.Text;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.FrontMatter;

namespace Pipeline.Rendering.Tests.FrontMatter;

public sealed class FrontMatterTests
{
    private static ParsedDraft Parse(string text, string path = "post.md") =>
        FrontMatterParser.Parse(new DraftDecoder(1 << 20).Decode(new DraftSource(path, Encoding.UTF8.GetBytes(text))));

    private static DraftException Fails(string text)
    {
        var ex = Assert.Throws<DraftException>(() => Parse(text));
        Assert.Equal(DraftErrorKind.FrontMatter, ex.Kind);
        return ex;
    }

    [Fact]
    public void Hugo_yaml_front_matter_with_its_field_names()
    {
        var parsed = Parse("""
            ---
            title: "Hello, Hugo"
            slug: hello-hugo
            publishDate: 2025-08-26T09:30:00+09:00
            lastmod: 2025-08-27
            draft: false
            tags: [Azure, Functions]
            categories: [cloud]
            description: A short summary.
            authors: [Aki, Ben]
            aliases: [/old/hello/]
            cover:
              image: /img/cover.png
            weight: 10
            ---
            Body text.
            """);

        var front = parsed.FrontMatter;
        Assert.Equal(FrontMatterSyntax.Yaml, front.Syntax);
        Assert.Equal("Hello, Hugo", front.Title);
        Assert.Equal("hello-hugo", front.Slug);
        Assert.Equal(new DateTimeOffset(2025, 8, 26, 9, 30, 0, TimeSpan.FromHours(9)), front.Date);
        Assert.Equal(new DateTimeOffset(2025, 8, 27, 0, 0, 0, TimeSpan.Zero), front.Updated);
        Assert.False(front.Draft);
        Assert.Equal(["Azure", "Functions", "cloud"], front.Tags);
        Assert.Equal("A short summary.", front.Summary);
        Assert.Equal(["Aki", "Ben"], front.Authors);
        Assert.Equal(["/old/hello/"], front.Aliases);
        Assert.Equal("/img/cover.png", front.Image);
        Assert.Equal(10L, front.Extra["weight"]);
        Assert.Equal("Body text.", parsed.Body);
        Assert.Equal(16, parsed.BodyLine);
    }

    [Theory]
    [InlineData("2025-08-28T00:00:00Z", 2025, 8, 28, 0, 0)]
    [InlineData("\"2025-08-28T23:30:00Z\"", 2025, 8, 28, 23, 30)]
    [InlineData("2025-08-28T09:30:00+09:00", 2025, 8, 28, 9, 30)]
    [InlineData("2025-08-28T09:30:00-05:00", 2025, 8, 28, 9, 30)]
    [InlineData("2025-08-28 09:30", 2025, 8, 28, 9, 30)]
    public void A_date_keeps_the_offset_it_is_written_with(string written, int year, int month, int day, int hour, int minute)
    {
        var date = Parse("---\ndate: " + written + "\n---\nBody.").FrontMatter.Date;
        var offset = written.Contains('+', StringComparison.Ordinal) ? TimeSpan.FromHours(9)
            : written.Contains("-05", StringComparison.Ordinal) ? TimeSpan.FromHours(-5)
            : TimeSpan.Zero; // "Z", or no offset read in the default zone (UTC)
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, offset), date);
        Assert.Equal(offset, date!.Value.Offset);
    }

    [Fact]
    public void Jekyll_published_false_means_draft_and_categories_are_tags()
    {
        var front = Parse("""
            ---
            layout: post
            title: Jekyll post
            date: 2024-03-01 10:00:00 +0900
            categories: news, 日本語
            published: false
            author: Carol
            ---
            Body
            """).FrontMatter;

        Assert.True(front.Draft);
        Assert.Equal(["news", "日本語"], front.Tags);
        Assert.Equal(["Carol"], front.Authors);
        Assert.Equal(TimeSpan.FromHours(9), front.Date!.Value.Offset);
        Assert.Equal("post", front.Extra["layout"]);
    }

    [Fact]
    public void Zenn_topics_emoji_and_published_at()
    {
        var front = Parse("""
            ---
            title: "Zenn の記事"
            emoji: "🚀"
            type: "tech"
            topics: ["azure", "csharp", "Azure"]
            published: false
            published_at: 2025-01-02 09:00
            ---
            本文
            """).FrontMatter;

        Assert.True(front.Draft);
        Assert.Equal(["azure", "csharp"], front.Tags);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 9, 0, 0, TimeSpan.Zero), front.Date);
        Assert.Equal("🚀", front.Extra["emoji"]);
    }

    [Fact]
    public void Hugo_toml_front_matter()
    {
        var parsed = Parse("""
            +++
            title = "TOML post"
            date = 2025-08-26T09:30:00+09:00
            updated = 2025-08-28T00:00:00Z
            draft = true
            tags = ["a", "b"]
            summary = "Summary"
            lang = "ja"
            [params]
            series = "x"
            +++
            Body
            """);

        var front = parsed.FrontMatter;
        Assert.Equal(FrontMatterSyntax.Toml, front.Syntax);
        Assert.Equal("TOML post", front.Title);
        Assert.Equal(new DateTimeOffset(2025, 8, 26, 9, 30, 0, TimeSpan.FromHours(9)), front.Date);
        Assert.Equal(new DateTimeOffset(2025, 8, 28, 0, 0, 0, TimeSpan.Zero), front.Updated);
        Assert.True(front.Draft);
        Assert.Equal(["a", "b"], front.Tags);
        Assert.Equal("ja", front.Lang);
        var extra = Assert.IsType<Dictionary<string, object?>>(front.Extra["params"]);
        Assert.Equal("x", extra["series"]);
        Assert.Equal("Body", parsed.Body);
    }

    [Fact]
    public void Json_front_matter_ends_at_its_closing_brace()
    {
        var parsed = Parse("""
            {
              "title": "JSON post",
              "date": "2025-08-26",
              "tags": ["x"],
              "image": "/a.png",
              "rating": 4.5
            }
            Body after JSON.
            """);

        Assert.Equal(FrontMatterSyntax.Json, parsed.FrontMatter.Syntax);
        Assert.Equal("JSON post", parsed.FrontMatter.Title);
        Assert.Equal("/a.png", parsed.FrontMatter.Image);
        Assert.Equal(4.5, parsed.FrontMatter.Extra["rating"]);
        Assert.Equal("Body after JSON.", parsed.Body.Trim());
    }

    [Fact]
    public void Without_front_matter_the_whole_text_is_body()
    {
        var parsed = Parse("# Title\n\ntext\n");
        Assert.Same(DraftFrontMatter.Empty, parsed.FrontMatter);
        Assert.Equal("# Title\n\ntext\n", parsed.Body);
    }

    [Fact]
    public void Yaml_closed_with_three_dots_and_empty_front_matter()
    {
        Assert.Equal("x", Parse("---\ntitle: x\n...\nbody").FrontMatter.Title);
        Assert.Equal("body", Parse("---\n---\nbody").Body);
    }

    [Fact]
    public void Malformed_yaml_names_the_line()
    {
        var ex = Fails("---\ntitle: ok\ntags: [a, b\ndate: 2025-01-01\n---\nbody");
        Assert.NotNull(ex.Line);
        Assert.InRange(ex.Line!.Value, 3, 5);
        Assert.StartsWith($"line {ex.Line}: YAML front matter:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_bad_indentation_names_its_line()
    {
        var ex = Fails("---\ntitle: ok\n  bad: indent\n---\nbody");
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Duplicate_yaml_keys_name_the_second_line()
    {
        var ex = Fails("---\ntitle: a\ndate: 2025-01-01\ntitle: b\n---\n");
        Assert.Equal(4, ex.Line);
        Assert.Contains("duplicate key 'title'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_toml_names_the_line()
    {
        var ex = Fails("+++\ntitle = \"ok\"\ndate = = 2\n+++\nbody");
        Assert.Equal(3, ex.Line);
        Assert.Contains("TOML front matter", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var ex = Fails("{\n  \"title\": \"ok\",\n  \"tags\": [\"a\" \"b\"]\n}\nbody");
        Assert.Equal(3, ex.Line);
        Assert.Contains("JSON front matter", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_block_is_an_error_on_line_one()
    {
        var ex = Fails("---\ntitle: never closed\n\nBody");
        Assert.Equal(1, ex.Line);
        Assert.Contains("never closed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_list_instead_of_a_mapping_is_an_error()
    {
        var ex = Fails("---\n- a\n- b\n---\n");
        Assert.Equal(2, ex.Line);
    }

    [Theory]
    [InlineData("---\ntitle: x\ndraft: maybe\n---\n", 3, "'draft' must be true or false")]
    [InlineData("---\ntitle: x\n\ndate: next tuesday\n---\n", 4, "'date' must be a date")]
    [InlineData("+++\ntitle = \"x\"\nlang = \"日本語\"\n+++\n", 3, "'lang' must be a language tag")]
    [InlineData("{\n\"title\": [\"a\", \"b\"]\n}\n", 2, "'title' must be a single value")]
    [InlineData("---\ntags:\n  - a\n  - {x: 1}\n---\n", 2, "'tags' must be a list of words")]
    public void Wrong_values_name_their_field_and_line(string text, int line, string message)
    {
        var ex = Fails(text);
        Assert.Equal(line, ex.Line);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_works_in_plain_text_drafts_too()
    {
        var parsed = Parse("---\ntitle: From front matter\n---\nFirst line\nSecond\n", "news.txt");
        Assert.Equal(DraftFormat.PlainText, parsed.Format);
        Assert.Equal("From front matter", parsed.FrontMatter.Title);
    }
}
