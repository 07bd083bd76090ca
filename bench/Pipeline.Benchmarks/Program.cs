using BenchmarkDotNet.Running;
using Pipeline.Benchmarks;

// `dotnet run -c Release --project bench/Pipeline.Benchmarks -- --filter '*'` (bench/render-one.sh does this);
// `-- --stages DIR` runs the quick Stopwatch profile of the renderer's stages instead; `-- --math` what math and
// highlighting cost (bench/render-math.sh); `-- --image-peak netvips|skia|imagesharp INPUT` one image library's
// time and peak resident memory (docs/benchmarks.md).
// `-- --highlight-lines N [THREADS]` what an unseen C# line costs the highlighter;
// `-- --one INPUT [ROUNDS [BASELINE_INPUT]] [--layout body-only|no-stylesheet|FILE]` one input against Markdig (on BASELINE_INPUT's body if given; the full render with another layout if given), alternating (and a process to profile); `-- --loop full|markdig INPUT [SECONDS]` one side alone, steady; `-- --decode INPUT|FILE [ROUNDS]` the UTF-8 transcoder against the runtime's, alternating; `-- --builds INPUT DIR_A DIR_B [ROUNDS]` two builds of the renderer in one process, alternating; `-- --markdown-equivalent INPUT` a plain-text input written as Markdown (sample-ja-md); `-- --pathological` prints the CPU time of the drafts the complexity limits refuse (docs/benchmarks.md).
if (args is ["--pathological"])
{
    return PathologicalDrafts.Run();
}

if (args is ["--stages", var directory])
{
    return StageProfile.Run(directory);
}

if (args is ["--one", var oneInput, .. var oneRest])
{
    // --layout NAME|FILE may end the arguments (BenchLayouts).
    var (rest, layout) = oneRest is [.. var before, "--layout", var name] ? (before, name) : (oneRest, null);
    return OneArticleLoop.Run(
        oneInput,
        rest is [var n, ..] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 40,
        rest is [_, var baseline] ? baseline : null,
        layout);
}

if (args is ["--loop", var side, var loopInput, .. var loopRest])
{
    return SteadyLoop.Run(side, loopInput, loopRest is [var s] ? double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 10);
}

if (args is ["--decode", var decodeInput, .. var decodeRest])
{
    return DecodeLoop.Run(decodeInput, decodeRest is [var r] ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 15);
}

if (args is ["--builds", var buildsInput, var directoryA, var directoryB, .. var buildsRest])
{
    return BuildsLoop.Run(buildsInput, directoryA, directoryB, buildsRest is [var r] ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 15);
}

if (args is ["--markdown-equivalent", var plainInput])
{
    Console.Write(MarkdownEquivalent.Of(System.Text.Encoding.UTF8.GetString(BenchInputs.Load(plainInput).Content)));
    return 0;
}

if (args is ["--math"])
{
    return MathProfile.Run();
}

if (args is ["--highlight-lines", var blocks, .. var threads])
{
    return HighlightLineCost.Run(int.Parse(blocks, System.Globalization.CultureInfo.InvariantCulture), threads is [var t] ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : 1);
}

if (args is ["--image-peak", var library, var input])
{
    return Pipeline.Benchmarks.Images.PeakMemory.Run(library, input);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
