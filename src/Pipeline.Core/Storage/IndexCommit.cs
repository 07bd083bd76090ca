namespace Pipeline.Core.Storage;

/// <summary>
/// Everything one publish changes in the index, applied as one transaction or not at all. Each row is
/// conditioned on the version that was read (<see cref="ExpectedDraft"/>, <see cref="SlugChange.Expected"/>),
/// so a concurrent publish of the same draft or slug makes the commit fail instead of being overwritten.
/// </summary>
public sealed record IndexCommit(DraftRecord? ExpectedDraft, DraftRecord? NextDraft, IReadOnlyList<SlugChange> Slugs)
{
    /// <summary>Table storage's limit on the rows of one transaction.</summary>
    public const int MaxRows = 100;

    /// <summary>How many rows the transaction touches (draft, slug and listing rows); at most <see cref="MaxRows"/> can commit.</summary>
    public int RowCount => IndexCommitActions.For(this).Count;
}
