using Markdig.Syntax;
using Pipeline.Rendering.Assets;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.FrontMatter;
using Pipeline.Rendering.Markdown;
using Pipeline.Rendering.Markdown.Zenn;
using Pipeline.Rendering.Mathematics;
using Pipeline.Rendering.Templates;

namespace Pipeline.Rendering;

/// <summary>
/// The staged pipeline: <see cref="DraftDecoder"/> (bytes → NFC text) → <see cref="FrontMatterParser"/>
/// (front matter + body) → one Markdig parse (or <see cref="PlainTextDocument"/> for .txt) → one analysis
/// walk (title, TOC, counts, lead text) → formulas typeset to MathML (<see cref="MathTypesetting"/>; bad TeX
/// becomes a warning, never an error) → one HTML render (code highlighted in it) with URL filtering and raw-HTML sanitising in
/// the renderer → metadata → the article layout. Thread-safe; register as a singleton.
/// </summary>
public sealed class ArticleRenderer : IArticleRenderer
{
    /// <summary>Bump when the code changes what pages look like; templates and site settings are fingerprinted automatically (<see cref="RendererFingerprint"/>).</summary>
    public const string CodeVersion = "9";

    private readonly DraftDecoder _decoder;
    private readonly RenderingOptions _limits;
    private readonly SiteOptions _site;
    private readonly SiteUrls _urls;
    private readonly TimeZoneInfo _timeZone;
    private readonly TemplateSet _templates;
    private readonly ITexTypesetter _typesetter = TemmlTypesetter.Shared;

    /// <summary>Defaults: 5 MiB cap, built-in layout, default site options.</summary>
    public ArticleRenderer()
        : this(new RenderingOptions())
    {
    }

    public ArticleRenderer(RenderingOptions options)
        : this(options, new TemplateSet((options ?? throw new ArgumentNullException(nameof(options))).Site))
    {
    }

    public ArticleRenderer(RenderingOptions options, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(templates);
        _decoder = new DraftDecoder(options.MaxDraftBytes);
        _limits = options;
        _site = options.Site;
        _urls = new SiteUrls(options.Site);
        _timeZone = SiteTimeZone.Of(options.Site);
        _templates = templates;
        Version = CodeVersion + "." + RendererFingerprint.Of(templates, options.Site);
    }

    public string Version { get; }

    public Article Render(DraftSource source) => Render(source, AssetResolver.None);

    public Article Render(DraftSource source, IAssetResolver assets)
    {
        ArgumentNullException.ThrowIfNull(source);
        DraftFormats.Get(source.Path);
        return Render(FrontMatterParser.Parse(_decoder.Decode(source), _limits.MaxFrontMatterDepth, _timeZone), assets);
    }

    /// <summary>Renders an already decoded and split draft (stages 3–6), with no assets known.</summary>
    public Article Render(ParsedDraft draft) => Render(draft, AssetResolver.None);

    /// <summary>Renders an already decoded and split draft (stages 3–6), resolving its assets through <paramref name="assets"/>.</summary>
    public Article Render(ParsedDraft draft, IAssetResolver assets)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(assets);
        try
        {
            return RenderChecked(draft, assets);
        }
        catch (Exception ex) when (ex is ArgumentException { Message: var message } && message.Contains("too deeply nested", StringComparison.Ordinal)
            || ex is InsufficientExecutionStackException)
        {
            // Markdig's own backstop (it refuses 128 levels); MarkdownComplexity normally refuses far earlier.
            throw new DraftException(DraftErrorKind.TooComplex, "the draft is too complex to render: its Markdown nests too deeply", inner: ex);
        }
    }

    private Article RenderChecked(ParsedDraft draft, IAssetResolver resolver)
    {
        MarkdownDocument document;
        DocumentAnalysis analysis;
        var pipeline = ArticleMarkdown.Pipeline;
        IReadOnlyList<RenderWarning> warnings = [];
        var dialect = MarkdownDialect.CommonMark;
        if (draft.Format == DraftFormat.PlainText)
        {
            var structure = PlainTextDocument.Build(draft.Body, takeTitle: draft.FrontMatter.Title is null);
            document = structure.Document;
            analysis = DocumentAnalyzer.Analyze(document, takeTitleFromHeading: false) with
            {
                Title = structure.Title,
                KeyPoints = structure.KeyPoints,
                Citations = structure.Citations,
            };
        }
        else
        {
            MarkdownComplexity.Check(draft.Body, draft.BodyLine, _limits);
            dialect = draft.FrontMatter.Dialect ?? _site.MarkdownDialect;
            pipeline = ArticleMarkdown.For(dialect);
            document = Markdig.Markdown.Parse(draft.Body, pipeline);
            analysis = DocumentAnalyzer.Analyze(document, takeTitleFromHeading: draft.FrontMatter.Title is null);
            warnings = MathTypesetting.Run(document, _typesetter, draft.BodyLine);
        }

        var assets = new ArticleAssets(draft.Decoded.Path, resolver, draft.BodyLine, _urls.Relative);
        assets.AttachTo(document);
        assets.Cover(draft.FrontMatter.Image);
        // Zenn's URL is the file name (articles/my-first-post.md → my-first-post), so a Zenn draft's slug defaults to it.
        var metadata = ArticleMetadataFactory.Create(draft, analysis, _site.Language, Version, slugFromFileName: dialect == MarkdownDialect.Zenn);
        ContainerLabels.SetLanguage(document, metadata.Lang);
        var body = BodyHtmlBuffer.Render(document, pipeline, draft.Body.Length);
        // Known only once the body has rendered: the cover or first image that resolved (or is external), never a missing one.
        metadata = metadata with { Image = assets.FirstSocialImage };
        var page = _templates.Render(TemplateSet.Article, ArticlePageModel.Create(metadata, _site, _urls), body);
        var allWarnings = assets.Warnings.Count == 0 ? warnings : [.. warnings.Concat(assets.Warnings).OrderBy(warning => warning.Line)];
        // The body is cut from the page when read; a layout that prints it twice or not at all gets a copy now.
        return page.BodyStart >= 0
            ? new Article(metadata, page.Html, page.BodyStart, body.Length) { Warnings = allWarnings, AssetReferences = assets.References }
            : new Article(metadata, body.ToString(), page.Html) { Warnings = allWarnings, AssetReferences = assets.References };
    }
}
