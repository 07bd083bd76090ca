using Pipeline.Fuzz.Renderer;
using SharpFuzz;

// afl++ feeds one input per iteration; anything but a draft error, or unsafe markup, escapes as a crash.
var harness = new RenderHarness();
if (args.Length == 1)
{
    // Replay one saved input (a crash from bench/.work/fuzz/findings) outside afl, on the uninstrumented build
    // (bench/.work/fuzz/replay): prints what it threw.
    using var file = File.OpenRead(args[0]);
    harness.Render(file);
    Console.WriteLine("rendered without a finding");
    return;
}

Fuzzer.OutOfProcess.Run(harness.Render);
