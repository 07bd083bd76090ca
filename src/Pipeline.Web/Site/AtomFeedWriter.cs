using System.Text;
using System.Xml;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Web.Site;

/// <summary>
/// The Atom feed (RFC 4287): absolute links, RFC 3339 dates with offset, <c>xml:lang</c> on the feed and on each
/// entry, the article URL as the entry id (stable across re-renders), the excerpt as summary and, when
/// configured, the article body as HTML content.
/// </summary>
public static class AtomFeedWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static byte[] Write(SiteOptions site, SiteUrls urls, IReadOnlyList<FeedItem> items)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", XmlNamespace, site.Language);
            xml.WriteElementString("id", AtomNamespace, urls.Absolute(SitePaths.Index));
            xml.WriteElementString("title", AtomNamespace, site.Title);
            xml.WriteElementString("updated", AtomNamespace, Rfc3339.Format(FeedItem.Newest(items)));
            WriteLink(xml, "self", "application/atom+xml", urls.Absolute(SitePaths.AtomFeed));
            WriteLink(xml, "alternate", "text/html", urls.Absolute(SitePaths.Index));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, site.Title);
            xml.WriteEndElement();
            xml.WriteElementString("generator", AtomNamespace, "Pipeline");
            foreach (var item in items)
            {
                WriteEntry(xml, urls, item);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, SiteUrls urls, FeedItem item)
    {
        var entry = item.Entry;
        var url = urls.Absolute(SitePaths.Article(entry.Slug));
        xml.WriteStartElement("entry", AtomNamespace);
        xml.WriteAttributeString("xml", "lang", XmlNamespace, entry.Lang);
        xml.WriteElementString("id", AtomNamespace, url);
        xml.WriteElementString("title", AtomNamespace, entry.Title);
        WriteLink(xml, "alternate", "text/html", url);
        xml.WriteElementString("published", AtomNamespace, Rfc3339.Format(entry.Date));
        xml.WriteElementString("updated", AtomNamespace, Rfc3339.Format(entry.LastModified()));
        foreach (var tag in entry.Tags)
        {
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", TagKey.Normalize(tag));
            xml.WriteAttributeString("label", tag);
            xml.WriteAttributeString("scheme", urls.Absolute("/tags/"));
            xml.WriteEndElement();
        }

        if (entry.Excerpt.Length > 0)
        {
            xml.WriteStartElement("summary", AtomNamespace);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(entry.Excerpt);
            xml.WriteEndElement();
        }

        if (item.ContentHtml is not null)
        {
            xml.WriteStartElement("content", AtomNamespace);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(item.ContentHtml);
            xml.WriteEndElement();
        }

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
