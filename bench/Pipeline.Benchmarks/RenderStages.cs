using BenchmarkDotNet.Attributes;
using Markdig.Syntax;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.FrontMatter;
using Pipeline.Rendering.Markdown;
using Pipeline.Rendering.Templates;

namespace Pipeline.Benchmarks;

/// <summary>
/// The renderer's stages one by one (the same calls <see cref="ArticleRenderer"/> makes), to see where a full
/// render's time goes beyond Markdig: decode, front matter, Markdown parse, analysis, HTML, metadata, layout.
/// </summary>
[MemoryDiagnoser]
public class RenderStages
{
    private readonly RenderingOptions _options = new();
    private readonly TemplateSet _templates = new(new SiteOptions());
    private readonly TemplateSet _interpreted = new(new SiteOptions(), compile: false);
    private DraftDecoder _decoder = null!;
    private SiteUrls _urls = null!;
    private DraftSource _source = null!;
    private DecodedDraft _decoded = null!;
    private ParsedDraft _parsed = null!;
    private MarkdownDocument _document = null!;
    private DocumentAnalysis _analysis = null!;
    private ArticleMetadata _metadata = null!;
    private System.Text.StringBuilder _body = new();

    [Params(BenchInputs.CorpusPost)]
    public string Input { get; set; } = BenchInputs.CorpusPost;

    [GlobalSetup]
    public void Setup()
    {
        var (path, content) = BenchInputs.Load(Input);
        _decoder = new DraftDecoder(_options.MaxDraftBytes);
        _urls = new SiteUrls(_options.Site);
        _source = new DraftSource(path, content);
        _decoded = Decode();
        _parsed = FrontMatter();
        _document = Parse();
        Analyze();
        _body = new System.Text.StringBuilder(Html());
        _metadata = Metadata();
    }

    [Benchmark]
    public DecodedDraft Decode() => _decoder.Decode(_source);

    [Benchmark]
    public ParsedDraft FrontMatter() => FrontMatterParser.Parse(_decoded);

    [Benchmark(Baseline = true)]
    public MarkdownDocument Parse() => Markdig.Markdown.Parse(_parsed.Body, ArticleMarkdown.Pipeline);

    [Benchmark]
    public object Analyze() => _analysis = DocumentAnalyzer.Analyze(_document, takeTitleFromHeading: _parsed.FrontMatter.Title is null);

    [Benchmark]
    public string Html() => Markdig.Markdown.ToHtml(_document, ArticleMarkdown.Pipeline);

    [Benchmark]
    public ArticleMetadata Metadata() => ArticleMetadataFactory.Create(_parsed, _analysis, _options.Site.Language, "bench");

    [Benchmark]
    public object LayoutModel() => ArticlePageModel.Create(_metadata, _options.Site, _urls);

    [Benchmark]
    public object TemplateContext() => new Scriban.TemplateContext(Scriban.TemplateContext.GetDefaultBuiltinObject());

    [Benchmark]
    public string Layout() => _templates.Render(TemplateSet.Article, ArticlePageModel.Create(_metadata, _options.Site, _urls), _body).Html;

    /// <summary>The same layout through Scriban's interpreter (what every page used before <see cref="LayoutCompiler"/>).</summary>
    [Benchmark]
    public string LayoutInterpreted() => _interpreted.Render(TemplateSet.Article, ArticlePageModel.Create(_metadata, _options.Site, _urls), _body).Html;
}
