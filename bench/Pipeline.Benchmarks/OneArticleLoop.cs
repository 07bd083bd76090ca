using System.Diagnostics;
using System.Text;
using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Markdown;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>-- --one INPUT [N]</c>: one benchmark input rendered N times in a loop (full render, then raw Markdig), the mean per
/// call printed, then the stage profile of that one input (<see cref="StageProfile"/>); a process to attach a profiler to (dotnet-trace) when BenchmarkDotNet shows a gap it cannot explain.
/// </summary>
public static class OneArticleLoop
{
    public static int Run(string input, int count)
    {
        var (path, content) = BenchInputs.Load(input);
        var source = new DraftSource(path, content);
        var renderer = new ArticleRenderer();
        var body = Encoding.UTF8.GetString(content);
        for (var i = 0; i < 200; i++)
        {
            renderer.Render(source);
            Markdig.Markdown.ToHtml(body, ArticleMarkdown.Pipeline);
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            renderer.Render(source);
        }

        var full = clock.Elapsed.TotalMicroseconds / count;
        clock.Restart();
        for (var i = 0; i < count; i++)
        {
            Markdig.Markdown.ToHtml(body, ArticleMarkdown.Pipeline);
        }

        var markdig = clock.Elapsed.TotalMicroseconds / count;
        Console.WriteLine($"{input}: full render {full:0.0} µs, Markdig {markdig:0.0} µs, ratio {full / markdig:0.00}");
        return StageProfile.Run([source], count);
    }
}
