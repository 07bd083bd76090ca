using System.Text;
using BenchmarkDotNet.Attributes;
using Markdig;
using Pipeline.Core.Drafts;
using Pipeline.Core.Rendering;

namespace Pipeline.Benchmarks;

/// <summary>
/// One article through the whole renderer (decode, front matter, Markdown, sanitising, metadata, layout)
/// against the floor: Markdig's <c>Markdown.ToHtml</c> on the already-decoded text with the same extensions.
/// Target: the full render costs at most 1.3× the baseline.
/// </summary>
[MemoryDiagnoser]
public class RenderOneArticle
{
    private readonly ArticleRenderer renderer = new();
    private MarkdownPipeline markdown = null!;
    private DraftSource source = null!;
    private string text = "";

    [Params(BenchInputs.JapaneseSample, BenchInputs.CorpusPost, BenchInputs.FiveMebibyteDraft)]
    public string Input { get; set; } = BenchInputs.JapaneseSample;

    [GlobalSetup]
    public void Setup()
    {
        var (path, content) = BenchInputs.Load(Input);
        source = new DraftSource(path, content);
        text = Encoding.UTF8.GetString(content);
        markdown = RendererMarkdown.Pipeline;
    }

    [Benchmark(Baseline = true, Description = "raw Markdig ToHtml")]
    public string RawMarkdig() => Markdown.ToHtml(text, markdown);

    [Benchmark(Description = "full render")]
    public Article FullRender() => renderer.Render(source);
}
