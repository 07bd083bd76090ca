namespace Pipeline.Rendering;

/// <summary>
/// A rendered article: its metadata, the article body HTML and the complete page, plus the warnings rendering
/// raised (kept out of <see cref="ArticleMetadata"/>, which is public through the API; the publisher may show them
/// to the author in the draft's status).
/// </summary>
public sealed record Article(ArticleMetadata Metadata, string BodyHtml, string PageHtml)
{
    public IReadOnlyList<RenderWarning> Warnings { get; init; } = [];
}
