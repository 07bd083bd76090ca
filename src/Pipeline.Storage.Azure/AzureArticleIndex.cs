using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;

namespace Pipeline.Storage.Azure;

internal sealed class AzureArticleIndex(TableClient table) : IArticleIndex
{
    public async Task<SlugRecord?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (!IndexKeys.IsKeyableSlug(slug))
        {
            return null;
        }

        var entity = await GetAsync(IndexKeys.Slug(slug), cancellationToken);
        return entity is null ? null : IndexEntities.ToSlugRecord(entity);
    }

    public async Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, ArticleQuery.MaxLimit);
        var tagKey = query.Tag is null ? null : TagKey.Normalize(query.Tag);
        if (tagKey is not null && !IndexKeys.IsKeyableTag(tagKey))
        {
            throw new ArgumentException("The tag is empty or too long.", nameof(query));
        }

        var prefix = IndexKeys.ListingRange(tagKey);
        var end = IndexKeys.RangeEnd(prefix);
        if (query.After is not null && (!query.After.StartsWith(prefix, StringComparison.Ordinal) || string.CompareOrdinal(query.After, end) >= 0))
        {
            throw new ArgumentException("The position does not belong to this listing.", nameof(query));
        }

        var filter = query.After is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {IndexKeys.Partition} and RowKey ge {prefix} and RowKey lt {end}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {IndexKeys.Partition} and RowKey gt {query.After} and RowKey lt {end}");

        // One more than asked tells whether a next page exists. The service may cut a page short and hand
        // back a continuation, so keep reading until enough rows arrived or the range is exhausted.
        var rows = new List<TableEntity>(query.Limit + 1);
        await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: query.Limit + 1, cancellationToken: cancellationToken).AsPages())
        {
            rows.AddRange(page.Values);
            if (rows.Count > query.Limit)
            {
                break;
            }
        }

        var items = rows.Take(query.Limit).Select(IndexEntities.ToSummary).ToList();
        var next = rows.Count > query.Limit ? rows[query.Limit - 1].RowKey : null;
        return new ArticlePage(items, next);
    }

    public async Task<DraftRecord?> GetDraftAsync(string path, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<DraftIndexEntity>(IndexKeys.Partition, IndexKeys.Draft(path), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value!.ToRecord() : null;
    }

    public async IAsyncEnumerable<DraftRecord> ListDraftsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var prefix = IndexKeys.DraftRange;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {IndexKeys.Partition} and RowKey ge {prefix} and RowKey lt {IndexKeys.RangeEnd(prefix)}");
        await foreach (var entity in table.QueryAsync<DraftIndexEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return entity.ToRecord();
        }
    }

    public async Task<bool> TryCommitAsync(IndexCommit commit, CancellationToken cancellationToken = default)
    {
        var actions = IndexCommitActions.For(commit);
        if (actions.Count > IndexCommit.MaxRows)
        {
            throw new InvalidOperationException($"An index commit of {actions.Count} rows exceeds the transaction limit of {IndexCommit.MaxRows}.");
        }

        if (actions.Count == 0)
        {
            return true;
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 409 or 412)
        {
            return false; // a row changed (or appeared, or vanished) since it was read
        }
    }

    private async Task<TableEntity?> GetAsync(string rowKey, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(IndexKeys.Partition, rowKey, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
