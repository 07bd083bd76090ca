using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Web.Site;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of a <see cref="FeedDocument"/>, the same document the Atom feed spells.</summary>
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
        var feed = FeedDocument.Create(site, urls, items, SitePaths.JsonFeed);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", feed.HomeUrl);
            json.WriteString("feed_url", feed.SelfUrl);
            json.WriteString("language", feed.Language);
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", feed.AuthorName);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var entry in feed.Entries)
            {
                WriteItem(json, entry);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter json, FeedEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Url);
        json.WriteString("url", entry.Url);
        json.WriteString("title", entry.Title);

        // JSON Feed requires content_html or content_text; without the body, the excerpt stands in as text.
        if (entry.ContentHtml is not null)
        {
            json.WriteString("content_html", entry.ContentHtml);
        }
        else
        {
            json.WriteString("content_text", entry.Summary ?? "");
        }

        if (entry.Summary is not null)
        {
            json.WriteString("summary", entry.Summary);
        }

        json.WriteString("date_published", Rfc3339.Format(entry.Published));
        json.WriteString("date_modified", Rfc3339.Format(entry.Updated));
        json.WriteString("language", entry.Language);
        json.WriteStartArray("tags");
        foreach (var tag in entry.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
