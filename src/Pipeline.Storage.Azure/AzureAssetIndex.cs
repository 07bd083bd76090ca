using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Pipeline.Publishing.Stores;

namespace Pipeline.Storage.Azure;

/// <summary>Asset rows in their own partition of the articles table (<see cref="AssetKeys"/>).</summary>
internal sealed class AzureAssetIndex(TableClient table) : IAssetIndex
{
    public async Task<AssetRecord?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(AssetKeys.Partition, AssetKeys.Asset(path), cancellationToken: cancellationToken);
        return response.HasValue ? AssetIndexEntities.ToRecord(response.Value!) : null;
    }

    public AssetRecord? Get(string path)
    {
        var response = table.GetEntityIfExists<TableEntity>(AssetKeys.Partition, AssetKeys.Asset(path));
        return response.HasValue ? AssetIndexEntities.ToRecord(response.Value!) : null;
    }

    public async IAsyncEnumerable<AssetRecord> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in RangeAsync(AssetKeys.AssetRange, cancellationToken))
        {
            yield return AssetIndexEntities.ToRecord(entity);
        }
    }

    public async Task SetAsync(AssetRecord record, CancellationToken cancellationToken = default) =>
        await table.UpsertEntityAsync(AssetIndexEntities.ToEntity(record), TableUpdateMode.Replace, cancellationToken);

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        DeleteRowAsync(AssetKeys.Asset(path), cancellationToken);

    public async Task<IReadOnlyList<string>> UsersAsync(string assetPath, CancellationToken cancellationToken = default)
    {
        var users = new List<string>();
        await foreach (var entity in RangeAsync(AssetKeys.UsedByOf(assetPath), cancellationToken))
        {
            users.Add(AssetIndexEntities.ToUse(entity).DraftPath);
        }

        return users;
    }

    public async Task<IReadOnlyList<AssetUse>> UsesAsync(string draftPath, CancellationToken cancellationToken = default)
    {
        var uses = new List<AssetUse>();
        await foreach (var entity in RangeAsync(AssetKeys.UsesOf(draftPath), cancellationToken))
        {
            uses.Add(AssetIndexEntities.ToUse(entity));
        }

        return uses;
    }

    public async Task SetUsesAsync(string draftPath, IReadOnlyList<AssetUse> uses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uses);
        var before = (await UsesAsync(draftPath, cancellationToken)).ToDictionary(use => use.AssetPath, StringComparer.Ordinal);
        var after = uses.Where(use => IndexKeys.IsKeyablePath(use.AssetPath)).DistinctBy(use => use.AssetPath).ToList();
        var writes = after.Where(use => !before.TryGetValue(use.AssetPath, out var old) || old != use).ToList();
        var removed = before.Keys.Except(after.Select(use => use.AssetPath), StringComparer.Ordinal).ToList();

        // Both directions of a dependency in one transaction (upserts cannot conflict); up to 50 dependencies a batch.
        foreach (var batch in writes.Chunk(50))
        {
            var actions = batch.SelectMany(use => new[]
            {
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, AssetIndexEntities.Uses(use)),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, AssetIndexEntities.UsedBy(use)),
            });
            await table.SubmitTransactionAsync(actions, cancellationToken);
        }

        foreach (var assetPath in removed)
        {
            // The usedby row first: a crash in between leaves a uses row, which reconcile compares and repairs.
            await DeleteRowAsync(AssetKeys.UsedBy(assetPath, draftPath), cancellationToken);
            await DeleteRowAsync(AssetKeys.Uses(draftPath, assetPath), cancellationToken);
        }
    }

    public async IAsyncEnumerable<AssetUse> ListUsesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entity in RangeAsync(AssetKeys.UsesRange, cancellationToken))
        {
            yield return AssetIndexEntities.ToUse(entity);
        }
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> ListUnreferencedAsync(CancellationToken cancellationToken = default)
    {
        var marks = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var entity in RangeAsync(AssetKeys.UnreferencedRange, cancellationToken))
        {
            marks[entity.GetString("Hash")] = entity.GetDateTimeOffset("Since") ?? default;
        }

        return marks;
    }

    public async Task MarkUnreferencedAsync(string hash, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        await table.UpsertEntityAsync(
            new TableEntity(AssetKeys.Partition, AssetKeys.Unreferenced(hash)) { ["Hash"] = hash, ["Since"] = since },
            TableUpdateMode.Replace,
            cancellationToken);

    public Task ForgetUnreferencedAsync(string hash, CancellationToken cancellationToken = default) =>
        DeleteRowAsync(AssetKeys.Unreferenced(hash), cancellationToken);

    private IAsyncEnumerable<TableEntity> RangeAsync(string prefix, CancellationToken cancellationToken) =>
        table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {AssetKeys.Partition} and RowKey ge {prefix} and RowKey lt {IndexKeys.RangeEnd(prefix)}"),
            cancellationToken: cancellationToken);

    private async Task DeleteRowAsync(string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(AssetKeys.Partition, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone.
        }
    }
}
