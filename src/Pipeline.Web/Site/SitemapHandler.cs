using Microsoft.AspNetCore.Http;
using Pipeline.Rendering;

namespace Pipeline.Web.Site;

/// <summary><c>GET /sitemap.xml</c>: the index, every article and every tag page with their <c>lastmod</c>.</summary>
public sealed class SitemapHandler(SiteFeeds feeds)
{
    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        var entries = await feeds.EverythingAsync(request.HttpContext.RequestAborted);
        return feeds.Respond(SitemapWriter.Write(feeds.Urls, entries), ContentTypes.Xml, entries.Newest());
    }
}
