using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Web.Http;

namespace Pipeline.Web.Previews;

/// <summary>
/// <c>GET /preview/{token}</c>: the current version of one draft — published or not — rendered by the production
/// renderer on every request and stored nowhere, so it is never listed, in a feed or in the sitemap. Every answer
/// is <c>noindex</c> and <c>private, no-store</c>. A token that is malformed, altered, expired or names a draft
/// that does not exist gets one and the same 404, so a link tells nothing about drafts it was not issued for.
/// </summary>
public sealed class PreviewPageHandler(
    PreviewTokens tokens, IDraftStore drafts, IArticleRenderer renderer, IOptions<RenderingOptions> rendering, IOptions<PipelineWebOptions> web)
{
    public const string RobotsHeader = "X-Robots-Tag";
    public const string CacheControl = "private, no-store";

    public async Task<IResult> HandleAsync(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HttpContext.Response.Headers;
        headers[RobotsHeader] = "noindex";
        headers.CacheControl = CacheControl;
        if (tokens.ReadPath(token) is not { } path)
        {
            return NotFound();
        }

        try
        {
            var draft = await drafts.ReadAsync(path, rendering.Value.MaxDraftBytes, request.HttpContext.RequestAborted);
            if (draft is null)
            {
                return NotFound();
            }

            var article = renderer.Render(new DraftSource(path, draft.Content));
            headers.ContentSecurityPolicy = PageSecurityPolicy.With(web.Value.PageContentSecurityPolicy, article.Metadata.FrameSources, article.Metadata.HasDiagrams);
            return Results.Content(article.PageHtml, ContentTypes.Html);
        }
        catch (DraftException e)
        {
            // The token proves its holder may see this draft, so the reason is theirs to read.
            headers.ContentSecurityPolicy = PageSecurityPolicy.With(web.Value.PageContentSecurityPolicy, frameSources: null);
            return Results.Content(DraftErrorPage.Html(path, e), ContentTypes.Html, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static IResult NotFound() =>
        TypedResults.Problem(title: "Not found", detail: "This preview link is not valid.", statusCode: StatusCodes.Status404NotFound);
}
