using System.Diagnostics;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>-- --loop full|markdig INPUT [SECONDS]</c>: one of the two <see cref="ArticleSides"/> alone in its
/// process, as BenchmarkDotNet runs it, for SECONDS after a 3-second warm-up, printing wall and CPU time per call.
/// A steady process to profile (<c>perf record -D 4000</c>, dotnet-trace) without the other side's JIT, cache or
/// GC effects mixed in.
/// </summary>
public static class SteadyLoop
{
    public static int Run(string side, string input, double seconds)
    {
        var sides = ArticleSides.Load(input);
        Func<object> call = side switch
        {
            "full" => sides.FullRender,
            "markdig" => sides.RawMarkdig,
            _ => throw new ArgumentOutOfRangeException(nameof(side), side, "full or markdig"),
        };

        Repeat(call, TimeSpan.FromSeconds(3));
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var gcs = GC.CollectionCount(0);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var paused = GC.GetTotalPauseDuration();
        var wall = Stopwatch.StartNew();
        var calls = Repeat(call, TimeSpan.FromSeconds(seconds));
        var elapsed = wall.Elapsed;
        process.Refresh();
        Console.WriteLine(
            $"{side} {input}: {calls} calls, {elapsed.TotalMicroseconds / calls:0.0} µs wall, {(process.TotalProcessorTime - cpu).TotalMicroseconds / calls:0.0} µs CPU per call, " +
            $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / calls / 1024.0:0.0} KB, {(GC.CollectionCount(0) - gcs) * 1000.0 / calls:0.00} gen0 GCs per 1,000 calls, " +
            $"{(GC.GetTotalPauseDuration() - paused).TotalMicroseconds / calls:0.00} µs paused in GC per call");
        return 0;
    }

    private static long Repeat(Func<object> call, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed < duration)
        {
            for (var i = 0; i < 20; i++)
            {
                GC.KeepAlive(call());
            }

            calls += 20;
        }

        return calls;
    }
}
