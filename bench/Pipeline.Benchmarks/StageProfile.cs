using System.Diagnostics;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.FrontMatter;
using Pipeline.Rendering.Markdown;
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

    public static int Run(string directory)
    {
        var options = new RenderingOptions();
        var decoder = new DraftDecoder(options.MaxDraftBytes);
        var templates = new TemplateSet(options.Site);
        var urls = new SiteUrls(options.Site);
        var drafts = Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal)
            .Select(file => new DraftSource(Path.GetFileName(file), File.ReadAllBytes(file))).ToList();
        string[] names = ["decode", "front matter", "markdown parse", "analysis", "html", "metadata", "layout model", "layout render"];
        var totals = new TimeSpan[names.Length];
        var clock = new Stopwatch();

        for (var pass = 0; pass < Passes + 1; pass++)
        {
            var measured = pass > 0; // the first pass only warms the JIT
            foreach (var source in drafts)
            {
                var stage = 0;
                T Time<T>(Func<T> work)
                {
                    clock.Restart();
                    var result = work();
                    if (measured)
                    {
                        totals[stage] += clock.Elapsed;
                    }

                    stage++;
                    return result;
                }

                var decoded = Time(() => decoder.Decode(source));
                var parsed = Time(() => FrontMatterParser.Parse(decoded));
                var document = Time(() => Markdig.Markdown.Parse(parsed.Body, ArticleMarkdown.Pipeline));
                var analysis = Time(() => DocumentAnalyzer.Analyze(document, parsed.FrontMatter.Title is null));
                var body = Time(() => Markdig.Markdown.ToHtml(document, ArticleMarkdown.Pipeline));
                var metadata = Time(() => ArticleMetadataFactory.Create(parsed, analysis, options.Site.Language, "profile"));
                var model = Time(() => ArticlePageModel.Create(metadata, options.Site, urls));
                Time(() => templates.Render(TemplateSet.Article, model, body));
            }
        }

        var sum = totals.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        var markdown = totals[2] + totals[4];
        Console.WriteLine($"{drafts.Count} drafts × {Passes} passes, one thread: {sum.TotalMilliseconds / (drafts.Count * Passes) * 1000:0} µs per draft");
        for (var i = 0; i < names.Length; i++)
        {
            Console.WriteLine($"  {names[i],-15} {totals[i].TotalMilliseconds / (drafts.Count * Passes) * 1000,8:0.0} µs  {totals[i] / sum,6:P1}  {totals[i] / markdown,5:0.00}× markdown");
        }

        return 0;
    }
}
