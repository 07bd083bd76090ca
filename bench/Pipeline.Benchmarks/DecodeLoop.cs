using System.Buffers;
using System.Diagnostics;
using System.Text.Unicode;
using Pipeline.Rendering.Text;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>-- --decode INPUT|FILE [ROUNDS]</c>: the draft decoder's UTF-8 → UTF-16 step on one benchmark input's bytes, the
/// pipeline's <see cref="Utf8Transcoder"/> against the runtime's strict <see cref="Utf8.ToUtf16(ReadOnlySpan{byte}, Span{char}, out int, out int, bool, bool)"/>
/// (what the decoder called before), alternating blocks of about 100 ms in one process after a 3-second warm-up:
/// the median of the per-round ratios, which a drifting machine moves far less than it moves either side.
/// </summary>
public static class DecodeLoop
{
    private static readonly TimeSpan Block = TimeSpan.FromMilliseconds(100);

    public static int Run(string input, int rounds)
    {
        var bytes = File.Exists(input) ? File.ReadAllBytes(input) : BenchInputs.Load(input).Content;
        var buffer = new char[bytes.Length];
        if (Utf8Transcoder.ToUtf16(bytes, buffer) != Runtime(bytes, buffer))
        {
            throw new InvalidOperationException($"{input}: the two transcoders disagree");
        }

        // Warm up through the very delegates the rounds time: a loop calling ToUtf16 directly (compiled on stack
        // replacement) left it at tier 0 for the whole run (on ASCII 13.6 µs a call against its tier-1 code's 1.8 µs).
        Func<int> pipeline = () => Utf8Transcoder.ToUtf16(bytes, buffer);
        Func<int> runtimeSide = () => Runtime(bytes, buffer);
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(3))
        {
            Time(pipeline, 100);
            Time(runtimeSide, 100);
        }

        var probe = Stopwatch.StartNew();
        runtimeSide();
        var calls = Math.Max(10, (int)(Block / probe.Elapsed));
        var ours = new List<double>();
        var runtime = new List<double>();
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var a = Time(pipeline, calls);
            var b = Time(runtimeSide, calls);
            ours.Add(a);
            runtime.Add(b);
            ratios.Add(a / b);
        }

        Console.WriteLine($"{input}: {bytes.Length:N0} bytes, {rounds} rounds of {calls} calls each, alternating; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end");
        Console.WriteLine($"  per call (median): Utf8Transcoder {OneArticleLoop.Median(ours):0.00} µs, Utf8.ToUtf16 {OneArticleLoop.Median(runtime):0.00} µs");
        Console.WriteLine($"  Utf8Transcoder / Utf8.ToUtf16: {OneArticleLoop.Median(ratios):0.00}× ({ratios.Min():0.00}–{ratios.Max():0.00})");
        return 0;
    }

    private static int Runtime(byte[] bytes, char[] buffer) =>
        Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done ? written : -1;

    /// <summary>Wall microseconds per call over one block.</summary>
    private static double Time(Func<int> call, int calls)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            call();
        }

        return clock.Elapsed.TotalMicroseconds / calls;
    }
}
