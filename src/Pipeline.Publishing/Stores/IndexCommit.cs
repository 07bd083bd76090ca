namespace Pipeline.Publishing.Stores;

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
    public int RowCount => (ExpectedDraft is not null || NextDraft is not null ? 1 : 0) + Slugs.Sum(SlugRows);

    /// <summary>
    /// Slugs this commit takes away from a live article (deleted, renamed, slug changed, withdrawn): drafts that lost a
    /// conflict for one of them can have it now.
    /// </summary>
    public IEnumerable<string> FreedSlugs => Slugs
        .Where(change => change.Expected is { State: SlugState.Article } && change.Next is not { State: SlugState.Article })
        .Select(change => change.Expected!.Slug);

    /// <summary>The slug row, the listing rows it drops and the listing rows it writes.</summary>
    private static int SlugRows(SlugChange change)
    {
        var before = IndexListingRows.For(change.Expected);
        var after = IndexListingRows.For(change.Next);
        return 1 + before.Keys.Count(key => !after.ContainsKey(key)) + after.Count;
    }
}
