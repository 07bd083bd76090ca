using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Storage.Azure;

internal sealed class AzureDraftStore(BlobContainerClient container) : IDraftStore
{
    /// <summary>An author saving repeatedly can change the blob between our HEAD and GET; after this many tries something is wrong.</summary>
    private const int MaxReadAttempts = 5;

    public async Task<DraftContent?> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(path);
        for (var attempt = 1; ; attempt++)
        {
            var version = await GetVersionAsync(path, cancellationToken);
            if (version is null)
            {
                return null;
            }

            if (version.Size > maxBytes)
            {
                throw new DraftException(DraftErrorKind.TooLarge, $"the draft is {version.Size:N0} bytes; the limit is {maxBytes:N0}");
            }

            try
            {
                // If-Match pins every byte (including the SDK's resumed range reads) to the version just seen.
                var download = await blob.DownloadContentAsync(
                    new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = new ETag(version.ETag) } },
                    cancellationToken);
                return new DraftContent(version, download.Value.Content.ToMemory());
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404 && attempt < MaxReadAttempts)
            {
                // Changed (or deleted) between HEAD and GET: start over on whatever is there now.
            }
        }
    }

    public async Task<DraftVersion?> GetVersionAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var properties = await container.GetBlobClient(path).GetPropertiesAsync(cancellationToken: cancellationToken);
            var p = properties.Value;
            return new DraftVersion(path, Quoted(p.ETag), p.LastModified, p.CreatedOn, p.ContentLength)
            {
                AuthoredOn = DraftBlobMetadata.ReadAuthoredOn(p.Metadata),
            };
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<DraftVersion> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            var p = item.Properties;
            yield return new DraftVersion(
                item.Name,
                p.ETag is { } etag ? Quoted(etag) : "",
                p.LastModified ?? DateTimeOffset.MinValue,
                p.CreatedOn ?? p.LastModified ?? DateTimeOffset.MinValue,
                p.ContentLength ?? 0)
            {
                AuthoredOn = DraftBlobMetadata.ReadAuthoredOn(item.Metadata),
            };
        }
    }

    private static string Quoted(ETag etag) => ETags.Quoted(etag.ToString());
}
