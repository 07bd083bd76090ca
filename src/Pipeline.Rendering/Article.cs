namespace Pipeline.Rendering;

/// <summary>A rendered article: its metadata, the article body HTML and the complete page.</summary>
public sealed record Article(ArticleMetadata Metadata, string BodyHtml, string PageHtml);
