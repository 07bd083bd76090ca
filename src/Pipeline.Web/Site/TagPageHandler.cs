using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Site;

/// <summary>
/// <c>GET /tags/{tag}</c>: one tag's articles as HTML. The tag is matched by its normalised key, so
/// <c>/tags/ＡＩ</c> and <c>/tags/ai</c> list the same articles.
/// </summary>
public sealed class TagPageHandler(ListingPages pages)
{
    public Task<IResult> HandleAsync(HttpRequest request, string tag)
    {
        var key = TagRoute.Read(tag ?? "");
        return key.Error is not null
            ? Task.FromResult(key.Error)
            : pages.RenderAsync(request, key.Value, request.HttpContext.RequestAborted);
    }
}
