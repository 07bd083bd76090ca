using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Api;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Http;

namespace Pipeline.Web.Articles;

/// <summary><c>GET /api/articles/{slug}</c>: an article's full metadata (one point read); 301 for an old slug, 410 once deleted.</summary>
public sealed class GetArticleHandler(IArticleIndex index, IOptions<PipelineWebOptions> options)
{
    public async Task<IResult> HandleAsync(HttpRequest request, string slug)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (InputRules.SlugProblem(slug) is { } invalid)
        {
            return invalid;
        }

        var record = await index.FindAsync(slug, request.HttpContext.RequestAborted);
        switch (record)
        {
            case { State: SlugState.Article, Summary: { } summary }:
                var body = ApiJson.Serialize(Detail(summary, record));
                return new ValidatedResult(body, ContentTypes.Json, EntityTags.ForContent(body), options.Value.ApiCacheControl);
            case { State: SlugState.Redirect, Target: { } target }:
                return Results.Redirect(SitePaths.ArticleApi(target), permanent: true);
            case { State: SlugState.Gone }:
                return Missing.Gone(slug);
            default:
                return Missing.NotFound(slug);
        }
    }

    private static ArticleDetailView Detail(ArticleSummary summary, SlugRecord record)
    {
        var metadata = record.Metadata;
        return new ArticleDetailView
        {
            Slug = summary.Slug,
            Title = summary.Title,
            Excerpt = summary.Excerpt,
            Lang = summary.Lang,
            Date = summary.Date,
            Updated = summary.Updated,
            Tags = summary.Tags,
            ReadingMinutes = summary.ReadingMinutes,
            Url = summary.Url,
            Summary = metadata?.Summary,
            Authors = metadata?.Authors ?? [],
            Image = metadata?.Image,
            CharCount = metadata?.CharCount ?? 0,
            WordCount = metadata?.WordCount ?? 0,
            Toc = metadata?.Toc ?? [],
        };
    }
}
