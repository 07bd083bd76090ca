using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;

namespace Pipeline.Web.Site;

/// <summary><c>GET /robots.txt</c>: everything may be crawled except the JSON API; the sitemap is named.</summary>
public sealed class RobotsHandler(SiteFeeds feeds)
{
    public Task<IResult> HandleAsync(HttpRequest request)
    {
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /api/\n")
            .Append("Allow: /\n\n")
            .Append("Sitemap: ").Append(feeds.Urls.Absolute(SitePaths.Sitemap)).Append('\n')
            .ToString();
        return Task.FromResult(feeds.Respond(Encoding.UTF8.GetBytes(text), ContentTypes.PlainText, lastModified: null));
    }
}
