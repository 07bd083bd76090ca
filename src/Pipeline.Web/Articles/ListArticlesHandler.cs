using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Core.Api;
using Pipeline.Core.Storage;
using Pipeline.Web.Http;
using Pipeline.Web.Paging;

namespace Pipeline.Web.Articles;

/// <summary>
/// <c>GET /api/articles?limit=&amp;cursor=&amp;tag=</c>: one page of the newest-first listing (optionally one tag's),
/// as one range query whatever the number of articles. The cursor is signed and bound to the tag, so it cannot be
/// forged, edited or carried over to another listing.
/// </summary>
public sealed class ListArticlesHandler(IArticleIndex index, CursorCodec cursors, IOptions<PipelineWebOptions> options)
{
    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limit = InputRules.Limit(request.Query);
        var tag = InputRules.Tag(request.Query);
        var cursor = InputRules.Cursor(request.Query);
        if ((limit.Error ?? tag.Error ?? cursor.Error) is { } invalid)
        {
            return invalid;
        }

        var scope = ScopeOf(tag.Value);
        string? after = null;
        if (cursor.Value is not null)
        {
            var reading = cursors.Decode(cursor.Value, scope);
            if (!reading.IsValid)
            {
                return BadRequest.For("cursor", reading.Error!);
            }

            after = reading.Position;
        }

        ArticlePage page;
        try
        {
            page = await index.ListAsync(new ArticleQuery(limit.Value, tag.Value, after), request.HttpContext.RequestAborted);
        }
        catch (ArgumentException e)
        {
            // Unreachable with a cursor we signed for this listing; kept so a storage-level refusal is still a 400.
            return BadRequest.For("cursor", e.Message);
        }

        var next = page.Next is null ? null : cursors.Encode(scope, page.Next);
        var body = ApiJson.Serialize(new ArticleListView(page.Items, next));
        return new ValidatedResult(body, ApiJson.ContentType, EntityTags.ForContent(body), options.Value.ApiCacheControl);
    }

    /// <summary>What a cursor is bound to: the listing of all articles, or of one tag key.</summary>
    private static string ScopeOf(string? tagKey) => tagKey is null ? "all" : "tag:" + tagKey;
}
