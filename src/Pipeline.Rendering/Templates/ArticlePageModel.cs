using System.Globalization;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Diagrams;
using Scriban.Runtime;

namespace Pipeline.Rendering.Templates;

/// <summary>
/// What the article layout sees: <c>site</c>, <c>page</c> (metadata, links, dates, JSON-LD, <c>key_points</c>,
/// <c>citations</c>), <c>labels</c>
/// and <c>body</c> (see <see cref="TemplateSet.Render(string, ScriptObject, string)"/>). Every string is already HTML-escaped, so a layout prints <c>{{ page.title }}</c> in text
/// or a quoted attribute and cannot forget to escape; <c>body</c> (the sanitised article) and
/// <c>page.json_ld</c> (escaped for a script element) are the only raw values.
/// </summary>
public static class ArticlePageModel
{
    /// <summary>How many keys <c>page</c> has (a capacity: a key more only costs one rehash).</summary>
    private const int PageKeys = 23;

    public static ScriptObject Create(ArticleMetadata metadata, SiteOptions site, SiteUrls urls)
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
            // A tag no URL can name (e.g. "CI/CD") is shown as text: its page cannot be asked for.
            var url = TagKey.LinkKey(tag) is { } key ? urls.Relative(SitePaths.Tag(key)) : null;
            tags.Add(new ScriptObject(2) { ["name"] = E(tag), ["url"] = E(url) });
        }

        var toc = TocTree(metadata.Toc);

        var citations = new ScriptArray();
        foreach (var citation in metadata.Citations)
        {
            citations.Add(new ScriptObject(3)
            {
                ["name"] = E(citation.Name),
                ["url"] = E(citation.Url),
                ["date_iso"] = E(IsoDate(citation.DatePublished ?? citation.DateModified)),
            });
        }

        // Sized up front: a dictionary grown key by key rehashes several times per page.
        var page = new ScriptObject(PageKeys)
        {
            ["title"] = E(metadata.Title),
            ["lang"] = E(metadata.Lang),
            ["og_locale"] = E(OpenGraphLocale(metadata.Lang)),
            ["description"] = E(metadata.Summary ?? metadata.Excerpt),
            ["canonical_url"] = E(canonical),
            ["image"] = E(image),
            ["schema_type"] = E(schemaType),
            ["date_iso"] = E(Iso(metadata.Date)),
            ["date_display"] = E(Display(metadata.Date, metadata.Lang)),
            ["updated_iso"] = E(Iso(metadata.Updated)),
            ["updated_display"] = E(Display(metadata.Updated, metadata.Lang)),
            ["reading_minutes"] = metadata.ReadingMinutes,
            ["authors"] = new ScriptArray(metadata.Authors.Select(E)),
            ["tags"] = tags,
            ["has_tags"] = tags.Count > 0,
            ["toc"] = toc,
            ["has_toc"] = toc.Count > 0,
            ["key_points"] = new ScriptArray(metadata.KeyPoints.Select(E)),
            ["has_key_points"] = metadata.KeyPoints.Count > 0,
            ["citations"] = citations,
            ["json_ld"] = ArticleJsonLd.Write(metadata, canonical, image, schemaType),
            ["diagram_script"] = metadata.HasDiagrams ? E(urls.Relative(SitePaths.MermaidScript)) : null,
            ["diagram_script_integrity"] = MermaidScript.Integrity,
        };

        // site, page, labels, and the body TemplateSet adds.
        return new ScriptObject(4)
        {
            ["site"] = new ScriptObject(2)
            {
                ["title"] = E(site.Title),
                ["index_url"] = E(urls.Relative(SitePaths.Index)),
            },
            ["page"] = page,
            ["labels"] = PageLabels.For(metadata.Lang, metadata.ReadingMinutes),
        };
    }

    /// <summary>
    /// The TOC as a tree: each h3 entry is a child of the h2 before it (an h3 before any h2 stands at the top),
    /// so the layout nests lists and an h3 never takes a number in its h2's list.
    /// </summary>
    private static ScriptArray TocTree(IReadOnlyList<TocEntry> entries)
    {
        var top = new ScriptArray();
        ScriptArray? children = null;
        foreach (var entry in entries)
        {
            var nested = new ScriptArray();
            var item = new ScriptObject(4) { ["level"] = entry.Level, ["id"] = E(entry.Id), ["text"] = E(entry.Text), ["children"] = nested };
            if (entry.Level > 2 && children is not null)
            {
                children.Add(item);
                continue;
            }

            top.Add(item);
            children = entry.Level == 2 ? nested : null;
        }

        return top;
    }

    /// <summary>Escaped, or null for a missing value so <c>{{ if page.image }}</c> still tests presence.</summary>
    private static string? E(string? text) => text is null ? null : HtmlText.Escape(text);

    private static string? Iso(DateTimeOffset? date) => ArticleJsonLd.Iso(date);

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Display(DateTimeOffset? date, string lang) => date is not { } d
        ? null
        : lang.StartsWith("ja", StringComparison.OrdinalIgnoreCase)
            ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
            : d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>OpenGraph wants language_TERRITORY: <c>ja</c> → <c>ja_JP</c>, <c>en-GB</c> → <c>en_GB</c>.</summary>
    private static string OpenGraphLocale(string lang)
    {
        var parts = lang.Split('-', 2);
        if (parts.Length == 2 && parts[1].Length == 2)
        {
            return parts[0].ToLowerInvariant() + "_" + parts[1].ToUpperInvariant();
        }

        return parts[0].ToLowerInvariant() switch
        {
            "ja" => "ja_JP",
            "en" => "en_US",
            "zh" => "zh_CN",
            "ko" => "ko_KR",
            var other => other,
        };
    }

    /// <summary>News summaries (plain-text drafts, or <c>type: news</c>) are NewsArticle; everything else BlogPosting.</summary>
    private static string SchemaType(ArticleMetadata metadata)
    {
        var declared = metadata.Extra.TryGetValue("type", out var type) ? type as string : null;
        var news = string.Equals(declared, "news", StringComparison.OrdinalIgnoreCase)
            || (declared is null && metadata.SourcePath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
        return news ? "NewsArticle" : "BlogPosting";
    }
}
