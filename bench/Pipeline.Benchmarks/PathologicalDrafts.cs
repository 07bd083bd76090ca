using System.Diagnostics;
using System.Text;
using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>--pathological</c>: CPU time of the renderer on the drafts that used to stall the pipeline (issue 15), each
/// rendered once after a warm-up, with the outcome. Measured with the process's CPU time, not wall time.
/// </summary>
internal static class PathologicalDrafts
{
    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static readonly (string Name, string Text)[] Cases =
    [
        ("<div> x1,000,000 (5 MB)", Repeat("<div>", 1_000_000)),
        ("'[' x100,000", Repeat("[", 100_000)),
        ("YAML nested 70 levels", "---\ntitle: x\nextra: " + Repeat("{a: ", 70) + "1" + Repeat("}", 70) + "\n---\nbody"),
        ("'*a' x20,000 in one paragraph", Repeat("*a", 20_000)),
        ("'[a](' x20,000 in one paragraph", Repeat("[a](", 20_000)),
        ("autolinks x20,000 on one line", Repeat("https://x.example/ ", 20_000)),
        ("<div>a</div> x100,000 blocks", Repeat("<div>a</div>\n\n", 100_000)),
        ("'*a' x32 per paragraph, 5 MB (accepted)", Repeat(Repeat("*a", 32) + "\n\n", 5_000_000 / 66)),
    ];

    public static int Run()
    {
        var renderer = new ArticleRenderer();
        renderer.Render(new DraftSource("warm.md", "# Warm\n\n*a* [b](https://c.example/) <div>d</div>\n"u8.ToArray()));
        Console.WriteLine("| draft | CPU | outcome |");
        Console.WriteLine("| --- | ---: | --- |");
        foreach (var (name, text) in Cases)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            string outcome;
            try
            {
                outcome = $"rendered, {renderer.Render(new DraftSource("draft.md", bytes)).PageHtml.Length:N0} chars";
            }
            catch (DraftException e)
            {
                outcome = $"{e.Kind}: {e.Message}";
            }

            process.Refresh();
            Console.WriteLine($"| {name} | {(process.TotalProcessorTime - before).TotalMilliseconds:N0} ms | {outcome.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        return 0;
    }
}
