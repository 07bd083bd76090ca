using Microsoft.AspNetCore.Http;
using Pipeline.Rendering;

namespace Pipeline.Web.Site;

/// <summary><c>GET /feed.json</c>: the newest articles as a JSON Feed 1.1.</summary>
public sealed class JsonFeedHandler(SiteFeeds feeds)
{
    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        var items = await feeds.NewestAsync(request.HttpContext.RequestAborted);
        return feeds.Respond(JsonFeedWriter.Write(feeds.Site, feeds.Urls, items), ContentTypes.JsonFeed, FeedItem.Newest(items));
    }
}
