namespace Pipeline.Publishing.Stores;

/// <summary>
/// The public assets container: <c>{hash}/{file}</c> and its variants beside it. Names are content-addressed, so a
/// blob is written once and never changes (<c>Cache-Control: public, max-age=31536000, immutable</c>).
/// </summary>
public interface IAssetStore
{
    /// <summary>Writes the blob unless one of that name exists (it then already holds these bytes).</summary>
    Task WriteAsync(AssetBlob blob, CancellationToken cancellationToken = default);

    /// <summary>The blobs under <c>{hash}/</c> (one listing call): what an earlier publish of the same bytes wrote.</summary>
    Task<IReadOnlyList<AssetFile>> ListFilesAsync(string hash, CancellationToken cancellationToken = default);

    /// <summary>Opens a blob for serving; <c>null</c> when it does not exist.</summary>
    Task<StoredAsset?> OpenAsync(string blobName, CancellationToken cancellationToken = default);

    /// <summary>Every <c>{hash}/</c> folder in the container (garbage collection compares them with the index).</summary>
    IAsyncEnumerable<string> ListHashesAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes every blob under <c>{hash}/</c>.</summary>
    Task DeleteHashAsync(string hash, CancellationToken cancellationToken = default);
}
