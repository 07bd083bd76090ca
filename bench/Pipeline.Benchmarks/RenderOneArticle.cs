using BenchmarkDotNet.Attributes;
using Markdig;
using Pipeline.Rendering;
using Pipeline.Rendering.Markdown;

namespace Pipeline.Benchmarks;

/// <summary>
/// One article through the whole renderer (decode, front matter, Markdown, sanitising, metadata, layout)
/// against the floor: Markdig's <c>Markdown.ToHtml</c> on the already-decoded body (front matter cut off)
/// with the renderer's own pipeline (<see cref="ArticleMarkdown.Pipeline"/>: the same extensions).
/// Target (issue 16): the full render costs at most 1.5× the baseline. For reference, the same built-in Markdig
/// extensions without ours (heading ids, CJK line breaks, URL filter, raw-HTML sanitiser).
/// </summary>
[MemoryDiagnoser]
public class RenderOneArticle
{
    private static readonly MarkdownPipeline StockExtensions = new MarkdownPipelineBuilder()
        .UsePipeTables().UseGridTables().UseFootnotes().UseTaskLists().UseAutoLinks().UseEmphasisExtras()
        .UseListExtras().UseDefinitionLists().UseAbbreviations().UseFigures().UseCjkFriendlyEmphasis()
        .Build();

    private ArticleSides _sides = null!;

    [Params(BenchInputs.JapaneseSample, BenchInputs.CorpusPost, BenchInputs.FiveMebibyteDraft)]
    public string Input { get; set; } = BenchInputs.JapaneseSample;

    [GlobalSetup]
    public void Setup()
    {
        _sides = ArticleSides.Load(Input);
    }

    [Benchmark(Baseline = true, Description = "Markdig ToHtml, same pipeline")]
    public string RawMarkdig() => _sides.RawMarkdig();

    [Benchmark(Description = "Markdig ToHtml, built-in extensions only")]
    public string StockMarkdig() => Markdown.ToHtml(_sides.Body, StockExtensions);

    [Benchmark(Description = "full render")]
    public Article FullRender() => _sides.FullRender();
}
