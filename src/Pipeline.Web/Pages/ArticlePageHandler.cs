using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Http;
using Pipeline.Web.Site;

namespace Pipeline.Web.Pages;

/// <summary>
/// <c>GET /articles/{slug}</c>: the stored HTML page. The index row (one point read) names the live page blob;
/// page blobs are immutable and named by version, so the ETag derives from that name and a revalidation answers
/// 304 without touching the blob. Old slugs answer 301, deleted articles 410, anything else 404.
/// </summary>
public sealed class ArticlePageHandler(IArticleIndex index, IPageStore pages, SiteResponses responses)
{
    public async Task<IResult> HandleAsync(HttpRequest request, string slug)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (InputRules.SlugProblem(slug) is { } invalid)
        {
            return invalid;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var record = await index.FindAsync(slug, cancellationToken);
        return await AnswerAsync(request, slug, record, rereadIfPageMissing: true, cancellationToken);
    }

    private async Task<IResult> AnswerAsync(HttpRequest request, string slug, SlugRecord? record, bool rereadIfPageMissing, CancellationToken cancellationToken)
    {
        switch (record)
        {
            case { State: SlugState.Article, PageBlob: { } pageBlob }:
                var etag = EntityTags.ForContent(Encoding.UTF8.GetBytes(pageBlob));
                if (EntityTags.NoneMatchHits(request, etag))
                {
                    return responses.Page(ReadOnlyMemory<byte>.Empty, ContentTypes.Html, etag, record.Metadata?.FrameSources, record.Metadata?.HasDiagrams == true);
                }

                var page = await pages.ReadAsync(pageBlob, cancellationToken: cancellationToken);
                if (page is not null)
                {
                    return responses.Page(page.Content, page.ContentType, etag, record.Metadata?.FrameSources, record.Metadata?.HasDiagrams == true);
                }

                // The publisher writes the new page, commits the row, then deletes the old page: a missing page
                // means this read raced that swap, so the row read again names what is live now (a newer page, a
                // redirect after a rename, or gone). Once only: a page still missing then is not found.
                return rereadIfPageMissing
                    ? await AnswerAsync(request, slug, await index.FindAsync(slug, cancellationToken), rereadIfPageMissing: false, cancellationToken)
                    : MissingPage.NotFound(slug);
            case { State: SlugState.Redirect, Target: { } target }:
                return Results.Redirect(SitePaths.Article(target), permanent: true);
            case { State: SlugState.Gone }:
                return MissingPage.Gone(slug);
            default:
                return MissingPage.NotFound(slug);
        }
    }
}
