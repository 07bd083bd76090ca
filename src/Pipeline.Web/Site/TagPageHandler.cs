using Microsoft.AspNetCore.Http;
using Pipeline.Core.Rendering;
using Pipeline.Web.Http;

namespace Pipeline.Web.Site;

/// <summary>
/// <c>GET /tags/{tag}</c>: one tag's articles as HTML. The tag is matched by its normalised key, so
/// <c>/tags/ＡＩ</c> and <c>/tags/ai</c> list the same articles.
/// </summary>
public sealed class TagPageHandler(ListingPages pages)
{
    public Task<IResult> Handle(HttpRequest request, string tag)
    {
        var key = TagKey.Normalize(tag ?? "");
        if (key.Length == 0 || key.Length > InputRules.MaxTagLength || key.Any(char.IsControl) || key.Contains('/'))
        {
            return Task.FromResult(BadRequest.For(
                "tag",
                $"The tag must be 1–{InputRules.MaxTagLength} characters without control characters or '/'."));
        }

        return pages.RenderAsync(request, key, request.HttpContext.RequestAborted);
    }
}
