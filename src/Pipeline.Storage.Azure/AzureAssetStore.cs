using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Assets;
using Pipeline.Publishing.Stores;

namespace Pipeline.Storage.Azure;

/// <summary>
/// The assets container. Blob names are content-addressed (<c>{hash}/{file}</c>), so every write is create-only
/// (<c>If-None-Match: *</c>): an existing blob of that name already holds exactly these bytes.
/// </summary>
internal sealed class AzureAssetStore(BlobContainerClient container) : IAssetStore
{
    public async Task WriteAsync(AssetBlob blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = blob.ContentType, CacheControl = AssetAddress.CacheControl },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            await container.GetBlobClient(blob.Name).UploadAsync(BinaryData.FromBytes(blob.Content), options, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Written before (by an earlier or a concurrent publish of the same bytes).
        }
    }

    public async Task<IReadOnlyList<AssetFile>> ListFilesAsync(string hash, CancellationToken cancellationToken = default)
    {
        var files = new List<AssetFile>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = hash + "/" }, cancellationToken))
        {
            files.Add(new AssetFile(item.Name, item.Properties.ContentType ?? "application/octet-stream"));
        }

        return files;
    }

    public async Task<StoredAsset?> OpenAsync(string blobName, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = await container.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: cancellationToken);
            var details = download.Value.Details;
            return new StoredAsset(download.Value.Content, details.ContentType ?? "application/octet-stream", details.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<string> ListHashesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in container.GetBlobsByHierarchyAsync(new GetBlobsByHierarchyOptions { Delimiter = "/" }, cancellationToken))
        {
            if (item.IsPrefix)
            {
                yield return item.Prefix.TrimEnd('/');
            }
        }
    }

    public async Task DeleteHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        foreach (var file in await ListFilesAsync(hash, cancellationToken))
        {
            await container.GetBlobClient(file.Name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
