using BenchmarkDotNet.Running;
using Pipeline.Benchmarks;

// `dotnet run -c Release --project bench/Pipeline.Benchmarks -- --filter '*'` (bench/render-one.sh does this);
// `-- --image-peak netvips|skia|imagesharp INPUT` measures one library's peak resident memory (docs/benchmarks.md);
// `-- --stages DIR` runs the quick Stopwatch profile of the renderer's stages instead.
if (args is ["--stages", var directory])
{
    return StageProfile.Run(directory);
}

if (args is ["--image-peak", var library, var input])
{
    return Pipeline.Benchmarks.Images.PeakMemory.Run(library, input);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
