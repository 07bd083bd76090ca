using System.Globalization;
using Pipeline.TestSupport;

namespace Pipeline.Bench.E2e.Assets;

/// <summary>
/// The local host's working set while it handles hostile images (issue 12: within 100 MiB of idle): after one
/// ordinary image has warmed the process (libvips loaded, publisher compiled), each input is uploaded to the drafts
/// container as an author's upload would be, and the host's resident memory is sampled from /proc until
/// <c>/api/assets</c> reports the outcome. A real 12-megapixel photo is published last for comparison.
/// </summary>
public static class AssetMemoryScenario
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        await using var environment = await BenchEnvironment.StartAsync(arguments.Text("host-dll"), cancellationToken);
        var states = new AssetStates(environment.Http);
        var pid = environment.Host.ProcessId;
        var atStart = ProcessMemory.CurrentBytes(pid);
        await UploadAsync(environment, "warm/first.png", TestImages.Png(1600, 1000), cancellationToken);
        await states.SettledAsync(["warm/first.png"], cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken); // let the warm-up's work and buffers settle

        (string Label, string Path, byte[] Content)[] inputs =
        [
            ("pixel-count bomb: PNG whose header claims 30000×30000 (a real 600×600 image inside)", "bomb/pixels.png", TestImages.PngClaiming(30000, 30000, realSide: 600)),
            ("pixel-count bomb: PNG whose header claims 30000×30000 (64×64 inside)", "bomb/pixels-small.png", TestImages.PngClaiming(30000, 30000)),
            ("animated GIF bomb: 20 frames of 4000×4000", "bomb/frames.gif", TestImages.AnimatedGif(4000, 4000, 20)),
            ("not a bomb: a GIF made with 1,500 frames of 100×100, ~495 after the encoder merges identical ones (under MaxFrames 1,000)", "bomb/many-frames.gif", TestImages.AnimatedGif(100, 100, 1500)),
            ("for comparison: a real 12-megapixel JPEG (4000×3000), published with its variants", "real/photo.jpg", TestImages.Jpeg(4000, 3000)),
        ];

        Console.WriteLine($"host working set at start {Mib(atStart)}; after warm-up (one 1600×1000 PNG published) {Mib(ProcessMemory.CurrentBytes(pid))}");
        Console.WriteLine();
        Console.WriteLine("| input | size | outcome | idle | peak while processed | peak − idle |");
        Console.WriteLine("| --- | ---: | --- | ---: | ---: | ---: |");
        foreach (var (label, path, content) in inputs)
        {
            var idle = ProcessMemory.CurrentBytes(pid);
            await using var sampler = PeakSampler.Start(pid);
            await UploadAsync(environment, path, content, cancellationToken);
            var state = (await states.SettledAsync([path], cancellationToken))[path];
            var peak = await sampler.StopAsync();
            var outcome = state.State == "failed" ? $"refused: `{state.ErrorKind}`" : $"{state.State}, {state.Urls.Count} files";
            var note = sampler.PeakWasReset ? "" : " (VmHWM not reset: sampled RSS only)";
            Console.WriteLine($"| {label} | {Size(content.Length)} | {outcome} | {Mib(idle)} | {Mib(peak)}{note} | **{Mib(peak - idle)}** |");
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }

        Console.WriteLine();
        Console.WriteLine($"host still serving: GET /api/articles → {(int)(await environment.Http.GetAsync("/api/articles", cancellationToken)).StatusCode}");
        return 0;
    }

    private static Task UploadAsync(BenchEnvironment environment, string path, byte[] content, CancellationToken cancellationToken) =>
        environment.Drafts.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(content), overwrite: true, cancellationToken);

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";

    private static string Size(long bytes) => bytes < 1048576
        ? (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KiB"
        : (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";
}
