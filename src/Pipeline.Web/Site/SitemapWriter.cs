using System.Text;
using System.Xml;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Web.Site;

/// <summary>
/// The sitemap (sitemaps.org 0.9): the index, every article and every tag page, each with <c>lastmod</c> — for a
/// tag page, when the newest of its articles last changed.
/// </summary>
public static class SitemapWriter
{
    /// <summary>The protocol's limit on URLs per sitemap file.</summary>
    public const int MaxUrls = 50_000;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(SiteUrls urls, IReadOnlyList<ArticleSummary> entries)
    {
        var tags = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var path in entry.Tags.Select(TagRoute.PathFor).OfType<string>())
            {
                tags[path] = tags.TryGetValue(path, out var seen) && seen > entry.LastModified() ? seen : entry.LastModified();
            }
        }

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            WriteUrl(xml, urls.Absolute(SitePaths.Index), entries.Newest());
            foreach (var entry in entries)
            {
                WriteUrl(xml, urls.Absolute(SitePaths.Article(entry.Slug)), entry.LastModified());
            }

            foreach (var (path, lastModified) in tags.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                WriteUrl(xml, urls.Absolute(path), lastModified);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteUrl(XmlWriter xml, string location, DateTimeOffset lastModified)
    {
        xml.WriteStartElement("url", SitemapNamespace);
        xml.WriteElementString("loc", SitemapNamespace, location);
        xml.WriteElementString("lastmod", SitemapNamespace, Rfc3339.Format(lastModified));
        xml.WriteEndElement();
    }
}
