using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Storage.Azure;

internal sealed class PipelineStorageInitializer(BlobServiceClient blobs, TableServiceClient tables, IOptions<PipelineOptions> options)
    : IPipelineStorageInitializer
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        var names = options.Value;
        await Task.WhenAll(
            blobs.GetBlobContainerClient(names.DraftsContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            blobs.GetBlobContainerClient(names.PagesContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken),

            // Private, as in Bicep: readers get assets through the hosts' /assets/{hash}/{file}, which adds nosniff and the SVG sandbox.
            blobs.GetBlobContainerClient(names.AssetsContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            tables.CreateTableIfNotExistsAsync(names.ArticlesTable, cancellationToken),
            tables.CreateTableIfNotExistsAsync(names.DraftStatusTable, cancellationToken));
    }
}
