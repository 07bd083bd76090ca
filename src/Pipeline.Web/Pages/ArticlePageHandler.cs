using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Storage;
using Pipeline.Web.Http;

namespace Pipeline.Web.Pages;

/// <summary>
/// <c>GET /articles/{slug}</c>: the stored HTML page. The index row (one point read) names the live page blob;
/// page blobs are immutable and named by version, so the ETag derives from that name and a revalidation answers
/// 304 without touching the blob. Old slugs answer 301, deleted articles 410, anything else 404.
/// </summary>
public sealed class ArticlePageHandler(IArticleIndex index, IPageStore pages, IOptions<PipelineOptions> pipeline, IOptions<PipelineWebOptions> web)
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
        switch (record)
        {
            case { State: SlugState.Article, PageBlob: { } pageBlob }:
                var etag = EntityTags.ForContent(Encoding.UTF8.GetBytes(pageBlob));
                if (EntityTags.NoneMatchHits(request, etag))
                {
                    return Page(ReadOnlyMemory<byte>.Empty, "text/html; charset=utf-8", etag);
                }

                var page = await pages.ReadAsync(pageBlob, cancellationToken: cancellationToken);

                // A page blob only disappears after a newer version is committed (reconcile sweeps it): this read
                // raced that swap, and the next request finds the new page.
                return page is null ? MissingPage.NotFound(slug) : Page(page.Content, page.ContentType, etag);
            case { State: SlugState.Redirect, Target: { } target }:
                return Results.Redirect(SitePaths.Article(target), permanent: true);
            case { State: SlugState.Gone }:
                return MissingPage.Gone(slug);
            default:
                return MissingPage.NotFound(slug);
        }
    }

    private ValidatedResult Page(ReadOnlyMemory<byte> content, string contentType, string etag) =>
        new(content, contentType, etag, pipeline.Value.PageCacheControl)
        {
            ExtraHeaders = { ["Content-Security-Policy"] = web.Value.PageContentSecurityPolicy },
        };
}
