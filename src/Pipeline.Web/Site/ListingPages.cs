using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;
using Pipeline.Web.Http;
using Pipeline.Web.Paging;

namespace Pipeline.Web.Site;

/// <summary>
/// Builds one HTML listing page (the index, or one tag's page): reads the cursor, asks the index for one page of
/// rows, fills the <c>index</c> or <c>tag</c> template of the site's <see cref="TemplateSet"/>. Shared by
/// <see cref="IndexPageHandler"/> and <see cref="TagPageHandler"/>.
/// </summary>
public sealed class ListingPages(
    IArticleIndex index,
    TemplateSet templates,
    CursorCodec cursors,
    SiteResponses responses,
    IOptions<RenderingOptions> options)
{
    /// <summary>
    /// The HTML of each first listing page, kept exactly as long as that page object (see the index's listing
    /// cache: the same <see cref="ArticlePage"/> is handed out until a commit replaces it). Pages reached with a
    /// cursor also depend on the cursor's history (the "newer" link), so only first pages are kept.
    /// </summary>
    private readonly ConditionalWeakTable<ArticlePage, byte[]> _firstPages = new();

    private SiteOptions Site => options.Value.Site;

    public async Task<IResult> RenderAsync(HttpRequest request, string? tagKey, CancellationToken cancellationToken)
    {
        var scope = CursorScopes.Site(tagKey);
        var rawCursor = InputRules.Cursor(request.Query);
        if (rawCursor.Error is not null)
        {
            return rawCursor.Error;
        }

        var cursor = ListingCursor.First;
        if (rawCursor.Value is { } text)
        {
            cursor = ListingCursor.Decode(cursors, text, scope, out var error)!;
            if (cursor is null)
            {
                return BadRequest.For("cursor", error!);
            }
        }

        var query = new ArticleQuery(Math.Clamp(Site.PageSize, 1, ArticleQuery.MaxLimit), tagKey, cursor.Position);
        ArticlePage page;
        try
        {
            page = await index.ListAsync(query, cancellationToken);
        }
        catch (ArgumentException)
        {
            // A signed cursor names a position of its own listing, so only a changed key layout gets here.
            return BadRequest.For("cursor", "The cursor no longer fits this listing; start again without it.");
        }

        if (tagKey is not null && page.Items.Count == 0)
        {
            return Results.Problem(
                title: "No such tag",
                detail: "No published article carries this tag.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var html = rawCursor.Value is null
            ? _firstPages.GetValue(page, built => Render(built, tagKey, cursor, scope))
            : Render(page, tagKey, cursor, scope);
        return responses.Respond(html, ContentTypes.Html, page.Items.Newest());
    }

    private byte[] Render(ArticlePage page, string? tagKey, ListingCursor cursor, string scope)
    {
        var model = EscapedModel.From(BuildView(new SiteUrls(Site), page, tagKey, cursor, scope));
        return Encoding.UTF8.GetBytes(templates.Render(tagKey is null ? TemplateSet.Index : TemplateSet.Tag, model));
    }

    private ListingView BuildView(SiteUrls urls, ArticlePage page, string? tagKey, ListingCursor cursor, string scope)
    {
        var text = SiteText.For(Site.Language);
        var listPath = tagKey is null ? SitePaths.Index : SitePaths.Tag(tagKey);
        var tagName = tagKey is null ? null : DisplayName(page.Items, tagKey);
        var heading = tagName is null ? text.Articles : text.TagHeading(tagName);
        var older = page.Next is null ? null : PageUrl(urls, listPath, cursor.Older(page.Next).Encode(cursors, scope));
        var newer = cursor.Positions.Count == 0 ? null : PageUrl(urls, listPath, cursor.Newer().Encode(cursors, scope));
        return new ListingView
        {
            SiteTitle = Site.Title,
            Lang = Site.Language,
            Heading = heading,
            PageTitle = tagName is null ? Site.Title : heading + " | " + Site.Title,
            CanonicalUrl = urls.Absolute(listPath),
            HomeUrl = urls.Relative(SitePaths.Index),
            AtomUrl = urls.Relative(SitePaths.AtomFeed),
            JsonFeedUrl = urls.Relative(SitePaths.JsonFeed),
            Entries = page.Items.Select(e => EntryView(urls, e, text)).ToList(),
            NewerUrl = newer,
            OlderUrl = older,
            Tag = tagName,
            Text = text,
        };
    }

    private static ListingEntryView EntryView(SiteUrls urls, ArticleSummary entry, SiteText text) => new(
        entry.Title,
        urls.Relative(SitePaths.Article(entry.Slug)),
        entry.Excerpt,
        Rfc3339.Format(entry.Date),
        text.Date(entry.Date),
        text.ReadingTime(entry.ReadingMinutes),
        entry.Lang,
        entry.Tags.Select(t => new TagLinkView(t, TagRoute.PathFor(t) is { } path ? urls.Relative(path) : null)).ToList());

    /// <summary>The tag as the newest listed article wrote it (<c>ＡＩ</c> and <c>AI</c> share one key).</summary>
    private static string DisplayName(IEnumerable<ArticleSummary> entries, string tagKey) =>
        entries.SelectMany(e => e.Tags).FirstOrDefault(t => TagRoute.Read(t).Value == tagKey) ?? tagKey;

    private static string PageUrl(SiteUrls urls, string listPath, string? cursor) =>
        urls.Relative(listPath) + (cursor is null ? "" : "?cursor=" + Uri.EscapeDataString(cursor));
}
