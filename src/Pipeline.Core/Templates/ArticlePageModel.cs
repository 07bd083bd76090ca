using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Core.Configuration;
using Pipeline.Core.Rendering;
using Scriban.Runtime;

namespace Pipeline.Core.Templates;

/// <summary>
/// What the article layout sees: <c>site</c>, <c>page</c> (metadata, links, dates, JSON-LD), <c>labels</c>
/// and <c>body</c> (the sanitised article HTML, the only value a layout prints unescaped).
/// </summary>
public static class ArticlePageModel
{
    /// <summary>Readable JSON (Japanese, '+' in offsets); the characters that matter inside a script element are escaped after.</summary>
    private static readonly JsonSerializerOptions JsonLdOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ScriptObject Create(ArticleMetadata metadata, string bodyHtml, SiteOptions site, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(urls);
        var canonical = urls.Absolute(SitePaths.Article(metadata.Slug));
        var image = metadata.Image is null ? null : urls.AbsoluteFromAuthor(metadata.Image);
        var schemaType = SchemaType(metadata);

        var tags = new ScriptArray();
        foreach (var tag in metadata.Tags)
        {
            tags.Add(new ScriptObject { ["name"] = tag, ["url"] = urls.Relative(SitePaths.Tag(TagKey.Normalize(tag))) });
        }

        var toc = new ScriptArray();
        foreach (var entry in metadata.Toc)
        {
            toc.Add(new ScriptObject { ["level"] = entry.Level, ["id"] = entry.Id, ["text"] = entry.Text });
        }

        var page = new ScriptObject
        {
            ["title"] = metadata.Title,
            ["lang"] = metadata.Lang,
            ["description"] = metadata.Summary ?? metadata.Excerpt,
            ["canonical_url"] = canonical,
            ["image"] = image,
            ["schema_type"] = schemaType,
            ["date_iso"] = Iso(metadata.Date),
            ["date_display"] = Display(metadata.Date, metadata.Lang),
            ["updated_iso"] = Iso(metadata.Updated),
            ["updated_display"] = Display(metadata.Updated, metadata.Lang),
            ["reading_minutes"] = metadata.ReadingMinutes,
            ["authors"] = new ScriptArray(metadata.Authors),
            ["tags"] = tags,
            ["has_tags"] = tags.Count > 0,
            ["toc"] = toc,
            ["has_toc"] = toc.Count > 0,
            ["json_ld"] = JsonLd(metadata, canonical, image, schemaType),
        };

        return new ScriptObject
        {
            ["site"] = new ScriptObject
            {
                ["title"] = site.Title,
                ["index_url"] = urls.Relative(SitePaths.Index),
            },
            ["page"] = page,
            ["labels"] = PageLabels.For(metadata.Lang, metadata.ReadingMinutes),
            ["body"] = bodyHtml,
        };
    }

    /// <summary>ISO 8601 with the date's own offset, e.g. <c>2025-08-26T09:30:00+09:00</c>.</summary>
    public static string? Iso(DateTimeOffset? date) =>
        date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string? Display(DateTimeOffset? date, string lang) => date is not { } d
        ? null
        : lang.StartsWith("ja", StringComparison.OrdinalIgnoreCase)
            ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
            : d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>News summaries (plain-text drafts, or <c>type: news</c>) are NewsArticle; everything else BlogPosting.</summary>
    private static string SchemaType(ArticleMetadata metadata)
    {
        var declared = metadata.Extra.TryGetValue("type", out var type) ? type as string : null;
        var news = string.Equals(declared, "news", StringComparison.OrdinalIgnoreCase)
            || (declared is null && metadata.SourcePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
        return news ? "NewsArticle" : "BlogPosting";
    }

    private static string JsonLd(ArticleMetadata metadata, string canonical, string? image, string schemaType)
    {
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

        data["wordCount"] = metadata.WordCount;
        // '<' and '>' cannot end the script element ("</script>") or open a comment once escaped; '&' for good measure.
        return JsonSerializer.Serialize(data, JsonLdOptions)
            .Replace("<", "\\u003C", StringComparison.Ordinal)
            .Replace(">", "\\u003E", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);
    }
}
