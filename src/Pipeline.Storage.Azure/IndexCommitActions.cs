using Azure;
using Azure.Data.Tables;
using Pipeline.Publishing.Stores;

namespace Pipeline.Storage.Azure;

/// <summary>
/// Turns an <see cref="IndexCommit"/> into one transaction: the draft row and each slug row conditioned on the
/// ETag they were read with (or inserted, failing if someone else inserted first), plus the listing rows that
/// follow from each slug's old and new state. Listing rows are only ever written in the same transaction as
/// their slug row, so they exist exactly when the slug row says so.
/// </summary>
internal static class IndexCommitActions
{
    public static List<TableTransactionAction> For(IndexCommit commit)
    {
        var actions = new List<TableTransactionAction>();
        AddConditional(actions, commit.ExpectedDraft?.ETag, commit.ExpectedDraft is not null,
            commit.NextDraft is null ? null : DraftIndexEntity.From(commit.NextDraft),
            IndexKeys.Draft(commit.ExpectedDraft?.Path ?? commit.NextDraft?.Path ?? ""));

        foreach (var change in commit.Slugs)
        {
            var slug = change.Expected?.Slug ?? change.Next?.Slug ?? throw new ArgumentException("A slug change needs a side.", nameof(commit));
            AddConditional(actions, change.Expected?.ETag, change.Expected is not null,
                change.Next is null ? null : IndexEntities.ToEntity(change.Next), IndexKeys.Slug(slug));

            var before = IndexListingRows.For(change.Expected);
            var after = IndexListingRows.For(change.Next);
            foreach (var gone in before.Keys.Except(after.Keys))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(IndexKeys.Partition, gone), ETag.All));
            }

            foreach (var (rowKey, summary) in after)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, IndexEntities.ToListingEntity(rowKey, summary)));
            }
        }

        return actions;
    }

    private static void AddConditional(List<TableTransactionAction> actions, string? expectedETag, bool existed, ITableEntity? next, string rowKey)
    {
        if (next is null)
        {
            if (existed)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(IndexKeys.Partition, rowKey), IndexEntities.ETagOf(expectedETag)));
            }
        }
        else if (existed)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, next, IndexEntities.ETagOf(expectedETag)));
        }
        else
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, next));
        }
    }
}
