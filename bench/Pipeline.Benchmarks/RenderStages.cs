using BenchmarkDotNet.Attributes;
using Markdig.Syntax;
using Pipeline.Core.Configuration;
using Pipeline.Core.Drafts;
using Pipeline.Core.FrontMatter;
using Pipeline.Core.Markdown;
using Pipeline.Core.Rendering;
using Pipeline.Core.Templates;

namespace Pipeline.Benchmarks;

/// <summary>
/// The renderer's stages one by one (the same calls <see cref="ArticleRenderer"/> makes), to see where a full
/// render's time goes beyond Markdig: decode, front matter, Markdown parse, analysis, HTML, metadata, layout.
/// </summary>
[MemoryDiagnoser]
public class RenderStages
{
    private readonly PipelineOptions options = new();
    private readonly TemplateSet templates = new(new SiteOptions());
    private DraftDecoder decoder = null!;
    private SiteUrls urls = null!;
    private DraftSource source = null!;
    private DecodedDraft decoded = null!;
    private ParsedDraft parsed = null!;
    private MarkdownDocument document = null!;
    private DocumentAnalysis analysis = null!;
    private ArticleMetadata metadata = null!;
    private string body = "";

    [Params(BenchInputs.CorpusPost)]
    public string Input { get; set; } = BenchInputs.CorpusPost;

    [GlobalSetup]
    public void Setup()
    {
        var (path, content) = BenchInputs.Load(Input);
        decoder = new DraftDecoder(options.MaxDraftBytes);
        urls = new SiteUrls(options.Site);
        source = new DraftSource(path, content);
        decoded = Decode();
        parsed = FrontMatter();
        document = Parse();
        Analyze();
        body = Html();
        metadata = Metadata();
    }

    [Benchmark]
    public DecodedDraft Decode() => decoder.Decode(source);

    [Benchmark]
    public ParsedDraft FrontMatter() => FrontMatterParser.Parse(decoded);

    [Benchmark(Baseline = true)]
    public MarkdownDocument Parse() => Markdig.Markdown.Parse(parsed.Body, ArticleMarkdown.Pipeline);

    [Benchmark]
    public object Analyze() => analysis = DocumentAnalyzer.Analyze(document, takeTitleFromHeading: parsed.FrontMatter.Title is null);

    [Benchmark]
    public string Html() => Markdig.Markdown.ToHtml(document, ArticleMarkdown.Pipeline);

    [Benchmark]
    public ArticleMetadata Metadata() => ArticleMetadataFactory.Create(parsed, analysis, options.Site.Language, "bench");

    [Benchmark]
    public object LayoutModel() => ArticlePageModel.Create(metadata, options.Site, urls);

    [Benchmark]
    public object TemplateContext() => new Scriban.TemplateContext(Scriban.TemplateContext.GetDefaultBuiltinObject());

    [Benchmark]
    public string Layout() => templates.Render(TemplateSet.Article, ArticlePageModel.Create(metadata, options.Site, urls), body);
}
