using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Pipeline.Bench.E2e;

/// <summary>
/// The floor for publishing: per draft, the storage operations the pipeline cannot avoid — upload the draft,
/// download it, upload the page, upsert one table row — done directly with the SDK on the same Azurite, with
/// the same number in flight. The pipeline's sustained drafts/s is compared against this.
/// </summary>
public sealed class RawStorageBaseline(string connectionString)
{
    public async Task<double> DraftsPerSecondAsync(IReadOnlyList<BenchDraft> drafts, int inFlight, CancellationToken cancellationToken)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var draftsContainer = new BlobContainerClient(connectionString, "raw-drafts-" + suffix);
        var pagesContainer = new BlobContainerClient(connectionString, "raw-pages-" + suffix);
        var table = new TableClient(connectionString, "raw" + suffix);
        await draftsContainer.CreateAsync(cancellationToken: cancellationToken);
        await pagesContainer.CreateAsync(cancellationToken: cancellationToken);
        await table.CreateAsync(cancellationToken);

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(drafts, new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken }, async (draft, ct) =>
        {
            await draftsContainer.GetBlobClient(draft.Path).UploadAsync(BinaryData.FromBytes(draft.Content), overwrite: true, ct);
            var downloaded = await draftsContainer.GetBlobClient(draft.Path).DownloadContentAsync(ct);
            await pagesContainer.GetBlobClient(draft.Path + "/index.html").UploadAsync(downloaded.Value.Content, overwrite: true, ct);
            var row = new TableEntity("site", draft.Path.Replace('/', '_')) { ["Title"] = draft.Title, ["Length"] = draft.Content.Length };
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
        });
        var elapsed = clock.Elapsed;

        await draftsContainer.DeleteAsync(cancellationToken: cancellationToken);
        await pagesContainer.DeleteAsync(cancellationToken: cancellationToken);
        await table.DeleteAsync(cancellationToken);
        return drafts.Count / elapsed.TotalSeconds;
    }
}
