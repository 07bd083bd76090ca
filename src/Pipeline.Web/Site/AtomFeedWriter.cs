using System.Text;
using System.Xml;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Web.Site;

/// <summary>
/// The Atom feed (RFC 4287) of a <see cref="FeedDocument"/>: absolute links, RFC 3339 dates with offset,
/// <c>xml:lang</c> on the feed and on each entry, the excerpt as summary and, when configured, the article body as
/// HTML content.
/// </summary>
public static class AtomFeedWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static byte[] Write(SiteOptions site, SiteUrls urls, IReadOnlyList<FeedItem> items)
    {
        var feed = FeedDocument.Create(site, urls, items, SitePaths.AtomFeed);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", XmlNamespace, feed.Language);
            xml.WriteElementString("id", AtomNamespace, feed.HomeUrl);
            xml.WriteElementString("title", AtomNamespace, feed.Title);
            xml.WriteElementString("updated", AtomNamespace, Rfc3339.Format(feed.Updated));
            WriteLink(xml, "self", "application/atom+xml", feed.SelfUrl);
            WriteLink(xml, "alternate", "text/html", feed.HomeUrl);
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, feed.AuthorName);
            xml.WriteEndElement();
            xml.WriteElementString("generator", AtomNamespace, "Pipeline");
            foreach (var entry in feed.Entries)
            {
                WriteEntry(xml, urls, entry);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, SiteUrls urls, FeedEntry entry)
    {
        xml.WriteStartElement("entry", AtomNamespace);
        xml.WriteAttributeString("xml", "lang", XmlNamespace, entry.Language);
        xml.WriteElementString("id", AtomNamespace, entry.Url);
        xml.WriteElementString("title", AtomNamespace, entry.Title);
        WriteLink(xml, "alternate", "text/html", entry.Url);
        xml.WriteElementString("published", AtomNamespace, Rfc3339.Format(entry.Published));
        xml.WriteElementString("updated", AtomNamespace, Rfc3339.Format(entry.Updated));
        foreach (var tag in entry.Tags)
        {
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", TagKey.Normalize(tag));
            xml.WriteAttributeString("label", tag);
            xml.WriteAttributeString("scheme", urls.Absolute("/tags/"));
            xml.WriteEndElement();
        }

        WriteText(xml, "summary", "text", entry.Summary);
        WriteText(xml, "content", "html", entry.ContentHtml);
        xml.WriteEndElement();
    }

    private static void WriteText(XmlWriter xml, string element, string type, string? text)
    {
        if (text is null)
        {
            return;
        }

        xml.WriteStartElement(element, AtomNamespace);
        xml.WriteAttributeString("type", type);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
