using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Api;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
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
    /// <summary>
    /// The JSON of each listing page, kept exactly as long as that page object: the index's listing cache hands
    /// out the same <see cref="ArticlePage"/> until a commit replaces it, and one page object only ever answers one
    /// query (limit, tag, position), so the body is as fresh as the page and repeat requests skip serialising it.
    /// </summary>
    private readonly ConditionalWeakTable<ArticlePage, ListBody> _bodies = new();

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

        var scope = CursorScopes.Api(tag.Value);
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

        var list = _bodies.GetValue(page, built =>
        {
            var next = built.Next is null ? null : cursors.Encode(scope, built.Next);
            var json = ApiJson.Serialize(new ArticleListView(built.Items, next));
            return new ListBody(json, EntityTags.ForContent(json));
        });
        return new ValidatedResult(list.Json, ContentTypes.Json, list.ETag, options.Value.ApiCacheControl);
    }

    private sealed record ListBody(byte[] Json, string ETag);
}
