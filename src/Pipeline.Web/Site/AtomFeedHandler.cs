using Microsoft.AspNetCore.Http;
using Pipeline.Rendering;

namespace Pipeline.Web.Site;

/// <summary><c>GET /feed.xml</c>: the newest articles as an Atom feed.</summary>
public sealed class AtomFeedHandler(SiteFeeds feeds)
{
    public Task<IResult> HandleAsync(HttpRequest request) => feeds.RespondWithFeedAsync(request, AtomFeedWriter.Write, ContentTypes.Atom);
}
