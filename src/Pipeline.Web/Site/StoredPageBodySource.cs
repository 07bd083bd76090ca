using System.Text;
using Pipeline.Publishing.Stores;

namespace Pipeline.Web.Site;

/// <summary>
/// The body of a published article cut from its stored page: the inside of the page's first <c>&lt;article&gt;</c>
/// element. The page was sanitised when it was rendered, so the cut needs no second pass.
/// </summary>
public sealed class StoredPageBodySource(IArticleIndex index, IPageStore pages) : IArticleBodySource
{
    public async Task<string?> GetBodyHtmlAsync(string slug, CancellationToken cancellationToken)
    {
        var record = await index.FindAsync(slug, cancellationToken);
        if (record is not { State: SlugState.Article, PageBlob: { } blob })
        {
            return null;
        }

        var page = await pages.ReadAsync(blob, cancellationToken: cancellationToken);
        return page is null ? null : ArticleElement(Encoding.UTF8.GetString(page.Content.Span));
    }

    /// <summary>The inner HTML of the first <c>&lt;article&gt;</c>, or null when the page has none.</summary>
    public static string? ArticleElement(string html)
    {
        var open = html.IndexOf("<article", StringComparison.OrdinalIgnoreCase);
        var start = open < 0 ? -1 : html.IndexOf('>', open);
        var end = html.LastIndexOf("</article>", StringComparison.OrdinalIgnoreCase);
        return start < 0 || end <= start ? null : html[(start + 1)..end].Trim();
    }
}
