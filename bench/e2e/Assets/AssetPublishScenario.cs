using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;
using Pipeline.Publishing.Configuration;
using Pipeline.TestSupport;

namespace Pipeline.Bench.E2e.Assets;

/// <summary>
/// Publishing images end to end (issue 12): <c>--images</c> distinct photos and screenshots uploaded at once to the
/// drafts container (<c>--in-flight</c> uploads), timed until <c>/api/assets</c> reports every one published with its
/// variants; then the storage floor for the same bytes (<see cref="RawAssetBaseline"/>). Pairs alternate pipeline,
/// floor, pipeline, floor (each pair with new images: the publisher skips a content hash it has made), and after each
/// floor the same images' variants made in this process (<see cref="InProcessVariants"/>); reports every
/// pair, the median ratio with min–max, and the load average at the start, as bench/alternate.sh does.
/// </summary>
public static class AssetPublishScenario
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var count = arguments.Number("images", 100);
        var inFlight = arguments.Number("in-flight", 16);
        var pairs = arguments.Number("pairs", 3);
        Console.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Split(' ')[..3].Aggregate((a, b) => a + " " + b)}");

        await using var environment = await BenchEnvironment.StartAsync(arguments.Text("host-dll"), cancellationToken);
        var states = new AssetStates(environment.Http);
        var published = new BlobContainerClient(environment.ConnectionString, PipelineNames.AssetsContainer);
        var floor = new RawAssetBaseline(environment.ConnectionString);

        Console.WriteLine();
        Console.WriteLine($"| pair | pipeline: {count} images → all published | files written | bytes in → out | storage floor, same bytes | ratio | libvips alone, in process (2 at a time) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var ratios = new List<double>();
        for (var pair = 1; pair <= pairs; pair++)
        {
            var images = Images(pair, count);
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(images, new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken }, async (image, ct) =>
                await environment.Drafts.GetBlobClient(image.Path).UploadAsync(BinaryData.FromBytes(image.Content), overwrite: true, ct));
            var settled = await states.SettledAsync([.. images.Select(image => image.Path)], cancellationToken);
            var pipeline = clock.Elapsed;
            var failed = settled.Values.Where(state => state.State != "published").Select(state => $"{state.Path}: {state.ErrorKind}").ToList();
            if (failed.Count > 0)
            {
                throw new InvalidOperationException("not every image was published: " + string.Join(", ", failed));
            }

            // The floor moves exactly the bytes the publisher wrote: read back (untimed) every published file.
            var produced = new List<(string Path, byte[] Source, IReadOnlyList<byte[]> Outputs)>();
            foreach (var image in images)
            {
                var outputs = new List<byte[]>();
                foreach (var url in settled[image.Path].Urls)
                {
                    var blob = url[(url.IndexOf("/assets/", StringComparison.Ordinal) + "/assets/".Length)..];
                    outputs.Add((await published.GetBlobClient(blob).DownloadContentAsync(cancellationToken)).Value.Content.ToArray());
                }

                produced.Add((image.Path, image.Content, outputs));
            }

            var raw = await floor.PublishAsync(produced, inFlight, cancellationToken);
            var compute = InProcessVariants.Make(images);
            var ratio = pipeline / raw;
            ratios.Add(ratio);
            var files = produced.Sum(image => image.Outputs.Count);
            var bytesIn = images.Sum(image => (long)image.Content.Length);
            var bytesOut = produced.Sum(image => image.Outputs.Sum(output => (long)output.Length));
            Console.WriteLine($"| {pair} | {Seconds(pipeline)} ({count / pipeline.TotalSeconds:0.0} images/s) | {files} | {Mib(bytesIn)} → {Mib(bytesOut)} | {Seconds(raw)} | {ratio:0.0}× | {Seconds(compute)} |");
        }

        ratios.Sort();
        Console.WriteLine();
        Console.WriteLine($"median ratio pipeline / floor: **{ratios[ratios.Count / 2]:0.0}×** (min {ratios[0]:0.0}×, max {ratios[^1]:0.0}×) over {pairs} pairs; load average at end: {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3])}");
        return 0;
    }

    /// <summary>Half photos (JPEG), half screenshots (PNG), every one a distinct size so no two share a content hash.</summary>
    private static List<(string Path, byte[] Content)> Images(int pair, int count) =>
        [.. Enumerable.Range(0, count).AsParallel().AsOrdered().Select(i => i % 2 == 0
            ? ($"bench{pair}/photo-{i:000}.jpg", TestImages.Jpeg(2000 + i, 1500 + pair))
            : ($"bench{pair}/screen-{i:000}.png", TestImages.Png(1600 + i, 1000 + pair)))];

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";
}
