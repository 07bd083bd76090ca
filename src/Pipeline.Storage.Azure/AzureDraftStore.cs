using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Storage.Azure;

internal sealed class AzureDraftStore(BlobContainerClient container) : IDraftStore
{
    /// <summary>An author saving repeatedly can change the blob while we read it; after this many tries something is wrong.</summary>
    private const int MaxReadAttempts = 5;

    /// <summary>
    /// One request: the response headers carry the version (ETag, dates, length) before any body byte is read, so a
    /// draft over <paramref name="maxBytes"/> is refused without downloading it, and the SDK pins every resumed range
    /// read of the body to the ETag of the first response (a change mid-read is a 412, and the read starts over).
    /// The request asks for the first <paramref name="maxBytes"/> + 1 bytes: a range read reports the blob's stored MD5
    /// (<c>x-ms-blob-content-md5</c>, what listings show) and never one computed for the response, which Azurite adds to
    /// whole reads of a blob that has none. An empty blob has no range to read (416): it is read whole.
    /// </summary>
    public async Task<DraftContent?> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(path);
        var range = new BlobDownloadOptions { Range = new HttpRange(0, maxBytes + 1) };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var download = (await DownloadAsync(blob, range, cancellationToken)).Value;
                var details = download.Details;
                var version = new DraftVersion(path, Quoted(details.ETag), details.LastModified, details.CreatedOn, TotalLength(details))
                {
                    AuthoredOn = DraftBlobMetadata.ReadAuthoredOn(details.Metadata),
                    ContentMd5 = details.ContentRange is null ? null : Md5(details.BlobContentHash),
                };
                if (version.Size > maxBytes)
                {
                    throw new DraftException(DraftErrorKind.TooLarge, $"the draft is {version.Size:N0} bytes; the limit is {maxBytes:N0}");
                }

                var content = new byte[version.Size];
                await download.Content.ReadExactlyAsync(content, cancellationToken);
                return new DraftContent(version, content);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < MaxReadAttempts)
            {
                // Overwritten while the body was read: start over on whatever is there now.
            }
        }
    }

    private static async Task<Response<BlobDownloadStreamingResult>> DownloadAsync(BlobClient blob, BlobDownloadOptions range, CancellationToken cancellationToken)
    {
        try
        {
            return await blob.DownloadStreamingAsync(range, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 416)
        {
            return await blob.DownloadStreamingAsync(cancellationToken: cancellationToken); // empty: nothing to range over
        }
    }

    /// <summary>The blob's whole length: after the slash of <c>Content-Range: bytes 0-99/1234</c>, or the body's when it was read whole.</summary>
    private static long TotalLength(BlobDownloadDetails details) =>
        details.ContentRange is { } contentRange && long.TryParse(contentRange.AsSpan(contentRange.LastIndexOf('/') + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var total)
            ? total
            : details.ContentLength;

    public async Task<DraftVersion?> GetVersionAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var properties = await container.GetBlobClient(path).GetPropertiesAsync(cancellationToken: cancellationToken);
            var p = properties.Value;
            return new DraftVersion(path, Quoted(p.ETag), p.LastModified, p.CreatedOn, p.ContentLength)
            {
                AuthoredOn = DraftBlobMetadata.ReadAuthoredOn(p.Metadata),
                ContentMd5 = Md5(p.ContentHash),
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
                ContentMd5 = Md5(p.ContentHash),
            };
        }
    }

    private static string? Md5(byte[]? hash) => hash is { Length: > 0 } ? Convert.ToBase64String(hash) : null;

    private static string Quoted(ETag etag) => ETags.Quoted(etag.ToString());
}
