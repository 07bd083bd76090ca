using System.Text;
using BenchmarkDotNet.Attributes;
using Markdig;
using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Markdown;

namespace Pipeline.Benchmarks;

/// <summary>
/// One article through the whole renderer (decode, front matter, Markdown, sanitising, metadata, layout)
/// against the floor: Markdig's <c>Markdown.ToHtml</c> on the already-decoded body (front matter cut off)
/// with the renderer's own pipeline (<see cref="ArticleMarkdown.Pipeline"/>: the same extensions).
/// Target: the full render costs at most 1.3× the baseline. For reference, the same built-in Markdig
/// extensions without ours (heading ids, CJK line breaks, URL filter, raw-HTML sanitiser).
/// </summary>
[MemoryDiagnoser]
public class RenderOneArticle
{
    private static readonly MarkdownPipeline StockExtensions = new MarkdownPipelineBuilder()
        .UsePipeTables().UseGridTables().UseFootnotes().UseTaskLists().UseAutoLinks().UseEmphasisExtras()
        .UseListExtras().UseDefinitionLists().UseAbbreviations().UseFigures().UseCjkFriendlyEmphasis()
        .Build();

    private readonly ArticleRenderer _renderer = new();
    private DraftSource _source = null!;
    private string _body = "";

    [Params(BenchInputs.JapaneseSample, BenchInputs.CorpusPost, BenchInputs.FiveMebibyteDraft)]
    public string Input { get; set; } = BenchInputs.JapaneseSample;

    [GlobalSetup]
    public void Setup()
    {
        var (path, content) = BenchInputs.Load(Input);
        _source = new DraftSource(path, content);
        _body = WithoutFrontMatter(Encoding.UTF8.GetString(content));
    }

    [Benchmark(Baseline = true, Description = "Markdig ToHtml, same pipeline")]
    public string RawMarkdig() => Markdown.ToHtml(_body, ArticleMarkdown.Pipeline);

    [Benchmark(Description = "Markdig ToHtml, built-in extensions only")]
    public string StockMarkdig() => Markdown.ToHtml(_body, StockExtensions);

    [Benchmark(Description = "full render")]
    public Article FullRender() => _renderer.Render(_source);

    internal static string WithoutFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 5)..];
    }
}
