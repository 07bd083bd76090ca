namespace Pipeline.Benchmarks;

/// <summary>
/// <c>-- --builds INPUT DIR_A DIR_B [ROUNDS]</c>: two builds of the renderer (each folder holds a
/// <c>Pipeline.Rendering.dll</c>, e.g. this bench's output in a worktree of another commit) rendering the same input
/// in one process, alternating blocks of about 250 ms, ROUNDS times after a 3-second warm-up; the median of the
/// per-round ratios B/A. On the guests here the same build reads up to ±20% from one process to the next, which
/// hides a change of a few per cent between builds measured in processes of their own; in one process both meet
/// the same moments. Both builds are called by reflection, so they pay the same small cost per call.
/// </summary>
public static class BuildsLoop
{
    public static int Run(string input, string directoryA, string directoryB, int rounds)
    {
        var (path, content) = BenchInputs.Load(input);
        var a = new RendererBuild(directoryA, path, content);
        var b = new RendererBuild(directoryB, path, content);
        var calls = OneArticleLoop.WarmUpAndSizeBlocks(() => a.Render(), () => b.Render());
        List<double> aCpu = [], bCpu = [], wallRatios = [], cpuRatios = [];
        for (var round = 0; round < rounds; round++)
        {
            // The order flips every round, so neither build always follows the other's garbage.
            (double Wall, double Cpu) blockA, blockB;
            if (round % 2 == 0)
            {
                blockA = OneArticleLoop.Block(() => a.Render(), calls);
                blockB = OneArticleLoop.Block(() => b.Render(), calls);
            }
            else
            {
                blockB = OneArticleLoop.Block(() => b.Render(), calls);
                blockA = OneArticleLoop.Block(() => a.Render(), calls);
            }

            aCpu.Add(blockA.Cpu);
            bCpu.Add(blockB.Cpu);
            wallRatios.Add(blockB.Wall / blockA.Wall);
            cpuRatios.Add(blockB.Cpu / blockA.Cpu);
        }

        Console.WriteLine($"{input}, {rounds} rounds of {calls} calls each, alternating; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end");
        Console.WriteLine($"  A = {a.Directory}");
        Console.WriteLine($"  B = {b.Directory}");
        Console.WriteLine($"  CPU per call (median): A {OneArticleLoop.Median(aCpu):0.0} µs, B {OneArticleLoop.Median(bCpu):0.0} µs");
        Console.WriteLine($"  B / A: CPU {OneArticleLoop.Median(cpuRatios):0.000}× ({cpuRatios.Min():0.00}–{cpuRatios.Max():0.00}), wall {OneArticleLoop.Median(wallRatios):0.000}× ({wallRatios.Min():0.00}–{wallRatios.Max():0.00})");
        return 0;
    }
}
