using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Web.Site;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1), with the same ids, links and dates as the Atom feed.</summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Served as application/feed+json, never inlined into HTML, so HTML-sensitive characters need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(SiteOptions site, SiteUrls urls, IReadOnlyList<FeedItem> items)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", site.Title);
            json.WriteString("home_page_url", urls.Absolute(SitePaths.Index));
            json.WriteString("feed_url", urls.Absolute(SitePaths.JsonFeed));
            json.WriteString("language", site.Language);
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", site.Title);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var item in items)
            {
                WriteItem(json, urls, item);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter json, SiteUrls urls, FeedItem item)
    {
        var entry = item.Entry;
        var url = urls.Absolute(SitePaths.Article(entry.Slug));
        json.WriteStartObject();
        json.WriteString("id", url);
        json.WriteString("url", url);
        json.WriteString("title", entry.Title);
        if (item.ContentHtml is not null)
        {
            json.WriteString("content_html", item.ContentHtml);
        }
        else
        {
            json.WriteString("content_text", entry.Excerpt);
        }

        if (entry.Excerpt.Length > 0)
        {
            json.WriteString("summary", entry.Excerpt);
        }

        json.WriteString("date_published", Rfc3339.Format(entry.Date));
        json.WriteString("date_modified", Rfc3339.Format(entry.LastModified()));
        json.WriteString("language", entry.Lang);
        json.WriteStartArray("tags");
        foreach (var tag in entry.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
