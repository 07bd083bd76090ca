namespace Pipeline.Rendering.Configuration;

/// <summary>What a page needs to know about the site it belongs to.</summary>
public sealed class SiteOptions
{
    public string Title { get; set; } = "Pipeline";

    /// <summary>Absolute base URL used for canonical links, feeds and OpenGraph.</summary>
    public string BaseUrl { get; set; } = "http://localhost:7071/";

    /// <summary>Default language when neither front matter nor detection decides.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Optional path of a Scriban template replacing the built-in article layout.</summary>
    public string? ArticleTemplatePath { get; set; }

    /// <summary>
    /// Optional directory of Scriban templates replacing built-in ones by name (<c>article.scriban-html</c>,
    /// <c>index.scriban-html</c>, <c>tag.scriban-html</c> and the partials they include); a template missing there falls back to the built-in one.
    /// </summary>
    public string? TemplatesDirectory { get; set; }

    /// <summary>
    /// IANA time zone id (<c>Asia/Tokyo</c>, <c>Europe/Berlin</c>) that front-matter dates without an offset are read in
    /// and that dates the pipeline supplies are shown in; null: <see cref="SiteTimeZone"/>'s default for <see cref="Language"/>.
    /// </summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// How Markdown drafts are read when their front matter does not say (<c>markdown: zenn</c>, or a field only Zenn
    /// uses such as <c>emoji</c> or <c>topics</c>): <c>CommonMark</c> (Hugo/GitHub style) or <c>Zenn</c>.
    /// </summary>
    public Markdown.MarkdownDialect MarkdownDialect { get; set; } = Markdown.MarkdownDialect.CommonMark;

    /// <summary>How many articles the feeds list.</summary>
    public int FeedSize { get; set; } = 20;

    /// <summary>Whether feed entries carry the whole article body (<c>true</c>) or only its summary.</summary>
    public bool FeedFullContent { get; set; }

    /// <summary>How many articles one page of the HTML index or a tag page lists.</summary>
    public int PageSize { get; set; } = 10;
}
