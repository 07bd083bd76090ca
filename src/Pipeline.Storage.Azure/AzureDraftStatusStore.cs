using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Storage.Azure;

/// <summary>Status rows share one partition (so listing all drafts is one range scan), keyed by <see cref="DraftStatusKeys"/>.</summary>
internal sealed class AzureDraftStatusStore(TableClient table) : IDraftStatusStore
{
    public async Task<DraftStatus?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<DraftStatusEntity>(DraftStatusEntity.Partition, DraftStatusKeys.For(path), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToStatus() : null;
    }

    public async IAsyncEnumerable<DraftStatus> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DraftStatusEntity.Partition}");
        await foreach (var entity in table.QueryAsync<DraftStatusEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return entity.ToStatus();
        }
    }

    public async IAsyncEnumerable<DraftStatus> ListWaitingForSlugAsync(string slug, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var conflict = nameof(DraftErrorKind.SlugConflict);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DraftStatusEntity.Partition} and ErrorKind eq {conflict} and Slug eq {slug}");
        await foreach (var entity in table.QueryAsync<DraftStatusEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return entity.ToStatus();
        }
    }

    public async Task SetAsync(DraftStatus status, CancellationToken cancellationToken = default) =>
        await table.UpsertEntityAsync(DraftStatusEntity.From(status), TableUpdateMode.Replace, cancellationToken);

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        await table.DeleteEntityAsync(DraftStatusEntity.Partition, DraftStatusKeys.For(path), cancellationToken: cancellationToken);
}
