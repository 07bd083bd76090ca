using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Assets;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Storage.Azure.Upload;

/// <summary>
/// Uploads local files to the drafts container, overwriting what is there (an overwrite is a new version), each with
/// the blob metadata <paramref name="metadata"/> gives it (<see cref="UploadMetadata"/>: the authored date). It sends
/// what it is given; callers choose the drafts (<see cref="DraftFile.IsDraft"/>).
/// </summary>
public sealed class DraftUploader(BlobContainerClient drafts, UploadMetadata? metadata = null)
{
    private readonly UploadMetadata _metadata = metadata ?? UploadMetadata.None;

    public async Task UploadAsync(DraftFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var content = File.OpenRead(file.LocalPath);
        await drafts.GetBlobClient(file.BlobName).UploadAsync(
            content,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = ContentType(file) }, Metadata = _metadata.For(file.LocalPath) },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A draft's own type, an asset's by its extension (the pipeline checks the bytes against it).</summary>
    private static string ContentType(DraftFile file) =>
        file.IsDraft ? file.ContentType : AssetTypes.ContentType(AssetTypes.ClaimedBy(file.BlobName));

    /// <summary>Uploads every file, a few at a time, reporting each one done; creates the container if needed.</summary>
    public async Task UploadAllAsync(IReadOnlyList<DraftFile> files, Action<DraftFile>? uploaded = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        await drafts.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (file, token) =>
            {
                await UploadAsync(file, token).ConfigureAwait(false);
                uploaded?.Invoke(file);
            }).ConfigureAwait(false);
    }
}
