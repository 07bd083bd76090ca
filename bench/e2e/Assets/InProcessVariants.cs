using System.Diagnostics;
using Pipeline.Assets;

namespace Pipeline.Bench.E2e.Assets;

/// <summary>
/// The compute part the storage floor leaves out: the publisher's own inspection and libvips variants
/// (<see cref="AssetInspector"/>, <see cref="VariantMaker"/>) for the same images in this process, two at a time
/// (the machine has two cores), with no storage at all.
/// </summary>
public static class InProcessVariants
{
    public static TimeSpan Make(IReadOnlyList<(string Path, byte[] Content)> images)
    {
        var inspector = new AssetInspector();
        var maker = new VariantMaker();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(images, new ParallelOptions { MaxDegreeOfParallelism = 2 }, image =>
            maker.Make(inspector.Inspect(Path.GetFileName(image.Path), image.Content), image.Content));
        return clock.Elapsed;
    }
}
