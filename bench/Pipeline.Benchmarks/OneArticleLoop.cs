using System.Diagnostics;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>-- --one INPUT [ROUNDS [BASELINE_INPUT]]</c>: the full render of one benchmark input against raw Markdig on its
/// body (or on BASELINE_INPUT's), alternating
/// (a block of full renders lasting about 250 ms, then as many Markdig calls, ROUNDS times after a 3-second warm-up), with the wall and CPU
/// time (user + sys of the process) of each block: the median of the per-round ratios holds up on a loaded machine
/// where BenchmarkDotNet's runs, all of one method then all of the other, do not. Then the stage profile of that
/// input (<see cref="StageProfile"/>). Also a process to attach a profiler to (dotnet-trace).
/// </summary>
public static class OneArticleLoop
{
    /// <summary>
    /// Process CPU time moves in clock ticks (10 ms here), so a block must last far longer than one: each lasts about
    /// this long on the full render's side (the Markdig block, with the same number of calls, is shorter).
    /// </summary>
    private static readonly TimeSpan FullBlock = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <param name="layout">Another article layout for the full render (<see cref="BenchLayouts"/>), or null for the built-in one.</param>
    public static int Run(string input, int rounds, string? baselineInput = null, string? layout = null)
    {
        var sides = ArticleSides.Load(input, baselineInput, BenchLayouts.Options(layout));
        var callsPerBlock = WarmUpAndSizeBlocks(() => sides.FullRender(), () => sides.RawMarkdig());
        var wallRatios = new List<double>();
        var cpuRatios = new List<double>();
        var fullCpu = new List<double>();
        var markdigCpu = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var (fullWall, fullCpuTime) = Block(() => sides.FullRender(), callsPerBlock);
            var (markdigWall, markdigCpuTime) = Block(() => sides.RawMarkdig(), callsPerBlock);
            wallRatios.Add(fullWall / markdigWall);
            cpuRatios.Add(fullCpuTime / markdigCpuTime);
            fullCpu.Add(fullCpuTime);
            markdigCpu.Add(markdigCpuTime);
        }

        Console.WriteLine($"{input}{(baselineInput is null ? "" : $" (Markdig on {baselineInput})")}{(layout is null ? "" : $", layout {layout}")}, {rounds} rounds of {callsPerBlock} calls each, alternating; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end");
        Console.WriteLine($"  CPU per call (median): full render {Median(fullCpu):0.0} µs, Markdig {Median(markdigCpu):0.0} µs");
        Console.WriteLine($"  full / Markdig: CPU {Median(cpuRatios):0.00}× ({cpuRatios.Min():0.00}–{cpuRatios.Max():0.00}), wall {Median(wallRatios):0.00}× ({wallRatios.Min():0.00}–{wallRatios.Max():0.00})");
        return StageProfile.Run([sides.Source], Math.Max(200, rounds * callsPerBlock / 10), sides.Options);
    }

    /// <summary>
    /// Calls both sides in turn for the warm-up, then returns how many calls of <paramref name="sized"/> last about one
    /// block (also <see cref="BuildsLoop"/>'s). Warm up by time, not by a count of calls: tiered compilation promotes
    /// hot methods only after a delay, and on a fast machine 300 calls ended before it had, so the first rounds
    /// measured unoptimised code.
    /// </summary>
    internal static int WarmUpAndSizeBlocks(Action sized, Action other)
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUp)
        {
            sized();
            other();
        }

        var probe = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            sized();
        }

        return Math.Max(20, (int)(FullBlock / (probe.Elapsed / 20)));
    }

    /// <summary>Wall and CPU microseconds per call over one block (also <see cref="BuildsLoop"/>'s).</summary>
    internal static (double Wall, double Cpu) Block(Action call, int calls)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            call();
        }

        var elapsed = wall.Elapsed;
        process.Refresh();
        return (elapsed.TotalMicroseconds / calls, (process.TotalProcessorTime - cpu).TotalMicroseconds / calls);
    }

    /// <summary>The median of the per-round figures (also <see cref="DecodeLoop"/>'s).</summary>
    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
