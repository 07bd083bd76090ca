using Pipeline.Publishing.Stores;

namespace Pipeline.Publishing;

/// <summary>
/// Works out the slug rows one publish or withdrawal changes. A draft owns its live slug plus the redirects it
/// left behind (old slugs, aliases); it may take over a free slug, a tombstone, or its own redirects, never
/// another draft's live article or redirect.
/// </summary>
internal sealed class IndexPlanner(IArticleIndex index, TimeProvider clock)
{
    /// <summary>The live article under <paramref name="article"/>'s slug; every other slug the draft owns or names as alias redirects to it.</summary>
    public async Task<IndexCommit> PublishAsync(
        DraftRecord? record, DraftRecord next, SlugRecord? currentRow, SlugRecord article, IEnumerable<string> aliases, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<string, SlugChange>(StringComparer.Ordinal) { [article.Slug] = new(currentRow, article) };
        var redirects = new List<string>();
        foreach (var slug in OwnedSlugs(record).Concat(aliases).Distinct(StringComparer.Ordinal).Where(s => s != article.Slug))
        {
            var row = await index.FindAsync(slug, cancellationToken);
            var claimable = row is null || row.State == SlugState.Gone || row.Owner == next.Path;
            if (!claimable)
            {
                continue; // another draft's article or redirect: theirs wins
            }

            redirects.Add(slug);
            if (row is { State: SlugState.Redirect } && row.Owner == next.Path && row.Target == article.Slug)
            {
                continue; // already right
            }

            changes[slug] = new SlugChange(row, new SlugRecord
            {
                Slug = slug,
                State = SlugState.Redirect,
                Owner = next.Path,
                Target = article.Slug,
                Changed = clock.GetUtcNow(),
            });
        }

        return new IndexCommit(record, next with { Redirects = redirects }, changes.Values.ToList());
    }

    /// <summary>
    /// Takes the draft's article and redirects off the site: as tombstones (410) when the draft was deleted,
    /// or removed entirely (404) when it became a draft or was rescheduled. <paramref name="next"/> null forgets the draft.
    /// </summary>
    public async Task<IndexCommit> WithdrawAsync(DraftRecord record, DraftRecord? next, bool tombstone, CancellationToken cancellationToken)
    {
        var changes = new List<SlugChange>();
        foreach (var slug in OwnedSlugs(record).Distinct(StringComparer.Ordinal))
        {
            var row = await index.FindAsync(slug, cancellationToken);
            if (row is null || row.Owner != record.Path || row.State == SlugState.Gone)
            {
                continue;
            }

            var gone = new SlugRecord { Slug = slug, State = SlugState.Gone, Owner = record.Path, Changed = clock.GetUtcNow() };
            changes.Add(new SlugChange(row, tombstone ? gone : null));
        }

        return new IndexCommit(record, next, changes);
    }

    private static IEnumerable<string> OwnedSlugs(DraftRecord? record)
    {
        if (record is null)
        {
            return [];
        }

        return record.State == DraftState.Published && record.Slug is not null ? record.Redirects.Prepend(record.Slug) : record.Redirects;
    }
}
