using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Rendering.Templates;
using Pipeline.Rendering.Tests.Support;

namespace Pipeline.Rendering.Tests.Rendering;

/// <summary>
/// The JSON-LD writer (<see cref="ArticleJsonLd"/>, one <c>Utf8JsonWriter</c>) prints byte for byte what the former
/// <c>JsonSerializer</c> over a dictionary printed, and keeps the script element closed whatever the author wrote.
/// </summary>
public sealed class ArticleJsonLdTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> Titles =>
    [
        "Plain title",
        "</script><script>alert(1)</script>",
        "<!-- comment & \"quotes\" 'single' \\ backslash",
        "日本語のタイトル「引用」と絵文字 🎉 and U+2028 \u2028 U+2029 \u2029",
        "tab\there, form\ffeed, café, e\u0301",
    ];

    [Theory]
    [MemberData(nameof(Titles))]
    public void Json_ld_equals_the_serializer_output_it_replaced(string title)
    {
        var draft = $"---\ntitle: {JsonSerializer.Serialize(title)}\ndescription: {JsonSerializer.Serialize(title + " & more")}\ndate: 2025-08-26T09:30:00+09:00\n"
            + $"authors: [{JsonSerializer.Serialize(title)}, Bob]\ntags: [\"a&b\", \"<c>\", 日本]\n---\nbody {title}";
        var metadata = TestDrafts.Render("a.md", draft).Metadata;

        var written = ArticleJsonLd.Write(metadata, "https://example.test/articles/a?x=<y>&z", "https://example.test/i.png", "BlogPosting");

        Assert.Equal(Reference(metadata, "https://example.test/articles/a?x=<y>&z", "https://example.test/i.png", "BlogPosting"), written);
        Assert.DoesNotContain("<", written, StringComparison.Ordinal);
        Assert.DoesNotContain("&", written, StringComparison.Ordinal);
        Assert.Equal(metadata.Title, JsonDocument.Parse(written).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Json_ld_of_a_news_summary_with_sources_equals_the_serializer_output()
    {
        var sample = File.ReadAllBytes(Path.Combine(TestDrafts.RepositoryRoot, "samples", "trump-lee-summit.ja.txt"));
        var metadata = TestDrafts.Renderer.Render(new Pipeline.Rendering.Drafts.DraftSource("trump-lee-summit.ja.txt", sample)).Metadata with { Summary = null };
        Assert.NotEmpty(metadata.Citations);

        Assert.Equal(Reference(metadata, "https://example.test/a", null, "NewsArticle"), ArticleJsonLd.Write(metadata, "https://example.test/a", null, "NewsArticle"));
    }

    /// <summary>The implementation before the writer, kept here as the reference.</summary>
    private static string Reference(ArticleMetadata metadata, string canonical, string? image, string schemaType)
    {
        static string? Iso(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = schemaType,
            ["headline"] = metadata.Title,
            ["description"] = metadata.Summary ?? metadata.Excerpt,
            ["inLanguage"] = metadata.Lang,
            ["url"] = canonical,
            ["mainEntityOfPage"] = canonical,
        };
        if (Iso(metadata.Date) is { } published)
        {
            data["datePublished"] = published;
            data["dateModified"] = Iso(metadata.Updated) ?? published;
        }

        if (image is not null)
        {
            data["image"] = image;
        }

        if (metadata.Authors.Count > 0)
        {
            data["author"] = metadata.Authors.Select(name => new Dictionary<string, string> { ["@type"] = "Person", ["name"] = name }).ToList();
        }

        if (metadata.Tags.Count > 0)
        {
            data["keywords"] = string.Join(", ", metadata.Tags);
        }

        if (metadata.Citations.Count > 0)
        {
            data["citation"] = metadata.Citations.Select(citation =>
            {
                var work = new Dictionary<string, string> { ["@type"] = "CreativeWork", ["url"] = citation.Url, ["name"] = citation.Name };
                if (IsoDate(citation.DatePublished) is { } p)
                {
                    work["datePublished"] = p;
                }

                if (IsoDate(citation.DateModified) is { } m)
                {
                    work["dateModified"] = m;
                }

                return work;
            }).ToList();
        }

        data["wordCount"] = metadata.WordCount;
        return JsonSerializer.Serialize(data, Relaxed)
            .Replace("<", "\\u003C", StringComparison.Ordinal)
            .Replace(">", "\\u003E", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);
    }
}
