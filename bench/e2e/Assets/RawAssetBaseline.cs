using System.Diagnostics;
using Azure.Storage.Blobs;

namespace Pipeline.Bench.E2e.Assets;

/// <summary>
/// The storage floor for publishing images: per image, what the pipeline cannot avoid moving — upload the source,
/// download it, upload every file the publisher produced for it (the published copy and each variant, the same
/// bytes) — done directly with the SDK on the same Azurite, with the same number in flight. No decoding, no
/// resizing, no table rows.
/// </summary>
public sealed class RawAssetBaseline(string connectionString)
{
    public async Task<TimeSpan> PublishAsync(IReadOnlyList<(string Path, byte[] Source, IReadOnlyList<byte[]> Outputs)> images, int inFlight, CancellationToken cancellationToken)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var sources = new BlobContainerClient(connectionString, "raw-sources-" + suffix);
        var outputs = new BlobContainerClient(connectionString, "raw-assets-" + suffix);
        await sources.CreateAsync(cancellationToken: cancellationToken);
        await outputs.CreateAsync(cancellationToken: cancellationToken);

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(images, new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken }, async (image, ct) =>
        {
            await sources.GetBlobClient(image.Path).UploadAsync(BinaryData.FromBytes(image.Source), overwrite: true, ct);
            await sources.GetBlobClient(image.Path).DownloadContentAsync(ct);
            for (var i = 0; i < image.Outputs.Count; i++)
            {
                await outputs.GetBlobClient($"{image.Path}/{i}").UploadAsync(BinaryData.FromBytes(image.Outputs[i]), overwrite: true, ct);
            }
        });
        var elapsed = clock.Elapsed;

        await sources.DeleteAsync(cancellationToken: cancellationToken);
        await outputs.DeleteAsync(cancellationToken: cancellationToken);
        return elapsed;
    }
}
