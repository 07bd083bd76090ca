using Microsoft.AspNetCore.Http;
using Pipeline.Rendering;

namespace Pipeline.Web.Site;

/// <summary><c>GET /feed.xml</c>: the newest articles as an Atom feed.</summary>
public sealed class AtomFeedHandler(SiteFeeds feeds)
{
    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        var items = await feeds.NewestAsync(request.HttpContext.RequestAborted);
        return feeds.Respond(AtomFeedWriter.Write(feeds.Site, feeds.Urls, items), ContentTypes.Atom, FeedItem.Newest(items));
    }
}
