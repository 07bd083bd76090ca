using System.Diagnostics;
using System.Globalization;
using Pipeline.Rendering.Highlighting;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Pipeline.Benchmarks -- --highlight-lines N [THREADS]</c>: what one line of
/// C# that the highlighter has not seen costs, the corpus's case (every post's C# block differs from the others in
/// one line). N blocks shaped like the corpus's, each with a unique line, after 200 warm-up blocks; process CPU time
/// per block, on THREADS threads (default 1). Run it under <c>perf record</c> to see where the line goes.
/// </summary>
public static class HighlightLineCost
{
    public static int Run(int blocks, int threads)
    {
        var highlighter = SyntaxHighlighter.Shared;
        for (var i = 0; i < 200; i++)
        {
            highlighter.Highlight("csharp", Block(-i - 1));
        }

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var next = 0;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) <= blocks)
            {
                highlighter.Highlight("csharp", Block(i));
            }
        })).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{blocks} blocks of 5 lines, one unseen, on {threads} thread(s): {clock.Elapsed.TotalMilliseconds:0} ms wall, {cpu.TotalMilliseconds:0} ms CPU, {cpu.TotalMicroseconds / blocks:0} µs CPU per unseen line"));
        return 0;
    }

    private static string[] Block(int number) =>
    [
        "public static async Task<int> Handle(BlobClient blob, CancellationToken ct)",
        "{",
        string.Create(CultureInfo.InvariantCulture, $"    var props = await blob.GetPropertiesAsync(cancellationToken: ct); // {number}"),
        "    return props.Value.ContentLength > 0 ? 1 : 0;",
        "}",
    ];
}
