using BenchmarkDotNet.Running;
using Pipeline.Benchmarks;

// `dotnet run -c Release --project bench/Pipeline.Benchmarks -- --filter '*'` (bench/render-one.sh does this);
// `-- --stages DIR` runs the quick Stopwatch profile of the renderer's stages instead; `-- --math` what math and
// highlighting cost (bench/render-math.sh).
// `-- --pathological` prints the CPU time of the drafts the complexity limits refuse (docs/benchmarks.md).
if (args is ["--pathological"])
{
    return PathologicalDrafts.Run();
}

if (args is ["--stages", var directory])
{
    return StageProfile.Run(directory);
}

if (args is ["--math"])
{
    return MathProfile.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
