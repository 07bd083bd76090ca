using System.Runtime.CompilerServices;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using PageBlobInfo = Pipeline.Publishing.Stores.PageBlobInfo;

namespace Pipeline.Storage.Azure;

internal sealed class AzurePageStore(BlobContainerClient container, string cacheControl) : IPageStore
{
    public async Task<string> WriteAsync(PageWrite page, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(page.BlobName);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.Html, CacheControl = cacheControl },

            // Metadata values must be ASCII; draft paths may be Japanese.
            Metadata = new Dictionary<string, string>
            {
                ["sourcepath"] = Uri.EscapeDataString(page.SourcePath),
                ["sourceetag"] = page.SourceETag.Trim('"'),
                ["contenthash"] = page.ContentHash,
                ["rendererversion"] = Uri.EscapeDataString(page.RendererVersion),
            },

            // The name is version-unique: an existing blob already holds exactly this page.
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            var uploaded = await blob.UploadAsync(BinaryData.FromBytes(Encoding.UTF8.GetBytes(page.Html)), options, cancellationToken);
            return uploaded.Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            var existing = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return existing.Value.ETag.ToString();
        }
    }

    public async Task<StoredPage?> ReadAsync(string blobName, string? ifNoneMatch = null, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(blobName);
        try
        {
            var options = new BlobDownloadOptions();
            if (!string.IsNullOrEmpty(ifNoneMatch))
            {
                options.Conditions = new BlobRequestConditions { IfNoneMatch = new ETag(ifNoneMatch) };
            }

            var download = await blob.DownloadContentAsync(options, cancellationToken);
            if (download.GetRawResponse().Status == 304)
            {
                // The caller's copy is current: answer from what it sent, without a second request.
                return new StoredPage(blobName, ReadOnlyMemory<byte>.Empty, ifNoneMatch!, default, ContentTypes.Html, cacheControl,
                    NotModified: true, new Dictionary<string, string>());
            }

            var details = download.Value.Details;
            return new StoredPage(blobName, download.Value.Content.ToMemory(), details.ETag.ToString(), details.LastModified,
                details.ContentType, details.CacheControl, NotModified: false, new Dictionary<string, string>(details.Metadata));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string blobName, CancellationToken cancellationToken = default) =>
        await container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    public async IAsyncEnumerable<PageBlobInfo> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions(), cancellationToken))
        {
            yield return new PageBlobInfo(item.Name, item.Properties.LastModified ?? DateTimeOffset.MinValue);
        }
    }
}
