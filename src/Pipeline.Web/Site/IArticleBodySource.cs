namespace Pipeline.Web.Site;

/// <summary>The rendered body HTML of a published article, for feeds configured to carry full content.</summary>
public interface IArticleBodySource
{
    /// <summary>The article's sanitised body HTML, or null when it is no longer published.</summary>
    Task<string?> GetBodyHtmlAsync(string slug, CancellationToken cancellationToken);
}
