using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Site;

/// <summary><c>GET /</c>: the site's articles as HTML, newest first, a page at a time (<c>?cursor=</c>).</summary>
public sealed class IndexPageHandler(ListingPages pages)
{
    public Task<IResult> HandleAsync(HttpRequest request) =>
        pages.RenderAsync(request, tagKey: null, request.HttpContext.RequestAborted);
}
