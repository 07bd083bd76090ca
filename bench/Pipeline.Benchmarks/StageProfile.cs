using System.Diagnostics;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.FrontMatter;
using Markdig.Syntax;
using Pipeline.Rendering.Highlighting;
using Pipeline.Rendering.Markdown;
using Pipeline.Rendering.Markdown.Zenn;
using Pipeline.Rendering.Mathematics;
using Pipeline.Rendering.Templates;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Pipeline.Benchmarks -- --stages DIR</c>: every draft in DIR through the
/// renderer's stages on one thread, several passes, with the time of each stage summed (Stopwatch instrumentation;
/// a quick profile where BenchmarkDotNet would take minutes). Prints each stage's share of the total.
/// </summary>
public static class StageProfile
{
    private const int Passes = 3;

    public static int Run(string directory) =>
        Run(Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal)
            .Select(file => new DraftSource(Path.GetFileName(file), File.ReadAllBytes(file))).ToList(), Passes);

    /// <summary>The same profile over <paramref name="drafts"/>, <paramref name="passes"/> times after one warm-up pass (with <paramref name="options"/>' layout if given).</summary>
    public static int Run(IReadOnlyList<DraftSource> drafts, int passes, RenderingOptions? options = null)
    {
        options ??= new RenderingOptions();
        var decoder = new DraftDecoder(options.MaxDraftBytes);
        var templates = new TemplateSet(options.Site);
        var urls = new SiteUrls(options.Site);
        string[] names = ["decode", "front matter", "complexity check", "markdown parse", "analysis", "math", "metadata", "html", "layout model", "layout render", "(highlight, in html)"];
        var totals = new TimeSpan[names.Length];
        var allocated = new long[names.Length];
        var clock = new Stopwatch();

        for (var pass = 0; pass < passes + 1; pass++)
        {
            var measured = pass > 0; // the first pass only warms the JIT
            foreach (var source in drafts)
            {
                var stage = 0;
                T Time<T>(Func<T> work)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    clock.Restart();
                    var result = work();
                    if (measured)
                    {
                        totals[stage] += clock.Elapsed;
                        allocated[stage] += GC.GetAllocatedBytesForCurrentThread() - before;
                    }

                    stage++;
                    return result;
                }

                // The stages of ArticleRenderer.RenderChecked, in its order.
                var decoded = Time(() => decoder.Decode(source));
                var parsed = Time(() => FrontMatterParser.Parse(decoded, options.MaxFrontMatterDepth));
                // A plain-text draft's structure detection stands where a Markdown draft's parse does, with no
                // complexity check before it (as in the renderer).
                var plain = parsed.Format == DraftFormat.PlainText;
                Time(() =>
                {
                    if (!plain)
                    {
                        MarkdownComplexity.Check(parsed.Body, parsed.BodyLine, options);
                    }

                    return 0;
                });
                var pipeline = ArticleMarkdown.For(parsed.FrontMatter.Dialect ?? options.Site.MarkdownDialect);
                var structure = plain ? Time(() => PlainTextDocument.Build(parsed.Body, takeTitle: parsed.FrontMatter.Title is null)) : null;
                var document = structure?.Document ?? Time(() => Markdig.Markdown.Parse(parsed.Body, pipeline));
                var analysis = Time(() => DocumentAnalyzer.Analyze(document, !plain && parsed.FrontMatter.Title is null));
                if (structure is not null)
                {
                    analysis = analysis with { Title = structure.Title, KeyPoints = structure.KeyPoints, Citations = structure.Citations };
                }
                Time(() => MathTypesetting.Run(document, TemmlTypesetter.Shared, parsed.BodyLine));
                var metadata = Time(() => ArticleMetadataFactory.Create(parsed, analysis, options.Site.Language, "profile"));
                ContainerLabels.SetLanguage(document, metadata.Lang);
                var body = Time(() => BodyHtmlBuffer.Render(document, pipeline, parsed.Body.Length));
                var model = Time(() => ArticlePageModel.Create(metadata, options.Site, urls));
                Time(() => templates.Render(TemplateSet.Article, model, body));

                // Again, alone: the highlighting the html stage did (its share of that stage, not added to the total).
                Time(() => document.Descendants<FencedCodeBlock>()
                    .Select(code => SyntaxHighlighter.Shared.Highlight(CodeInfo.Parse(code.Info, code.Arguments).Language, code.Lines.Lines.Take(code.Lines.Count).Select(line => line.Slice.ToString()).ToList()))
                    .Count());
            }
        }

        var sum = totals.SkipLast(1).Aggregate(TimeSpan.Zero, (a, b) => a + b);
        var markdown = totals[3] + totals[7];
        Console.WriteLine($"{drafts.Count} drafts × {passes} passes, one thread: {sum.TotalMilliseconds / (drafts.Count * passes) * 1000:0} µs per draft");
        for (var i = 0; i < names.Length; i++)
        {
            Console.WriteLine($"  {names[i],-15} {totals[i].TotalMilliseconds / (drafts.Count * passes) * 1000,8:0.0} µs  {totals[i] / sum,6:P1}  {totals[i] / markdown,5:0.00}× markdown (parse + html)  {allocated[i] / (drafts.Count * passes) / 1024.0,7:0.0} KB");
        }

        return 0;
    }
}
