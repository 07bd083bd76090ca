using Microsoft.AspNetCore.Http;
using Pipeline.Rendering;

namespace Pipeline.Web.Site;

/// <summary><c>GET /feed.json</c>: the newest articles as a JSON Feed 1.1.</summary>
public sealed class JsonFeedHandler(SiteFeeds feeds)
{
    public Task<IResult> HandleAsync(HttpRequest request) => feeds.RespondWithFeedAsync(request, JsonFeedWriter.Write, ContentTypes.JsonFeed);
}
