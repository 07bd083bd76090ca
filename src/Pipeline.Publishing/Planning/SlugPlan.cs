using Pipeline.Publishing.Stores;

namespace Pipeline.Publishing.Planning;

/// <summary>
/// Works out the slug rows one publish or withdrawal changes, from rows already read. A draft owns its live slug plus
/// the redirects it left behind (old slugs, aliases); it may take over a free slug, a tombstone, or its own
/// redirects, never another draft's live article or redirect.
/// </summary>
internal static class SlugPlan
{
    /// <summary>The live article under <paramref name="article"/>'s slug; every other slug the draft owns or names as alias redirects to it.</summary>
    public static IndexCommit Publish(DraftRecord? record, DraftRecord next, SlugRecord article, IEnumerable<string> aliases, IndexState state, DateTimeOffset now)
    {
        var changes = new Dictionary<string, SlugChange>(StringComparer.Ordinal) { [article.Slug] = new(state.Find(article.Slug), article) };
        var redirects = new List<string>();
        foreach (var slug in OwnedSlugs(record).Concat(aliases).Distinct(StringComparer.Ordinal).Where(s => s != article.Slug))
        {
            var row = state.Find(slug);
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
                Changed = now,
            });
        }

        return new IndexCommit(record, next with { Redirects = redirects }, changes.Values.ToList());
    }

    /// <summary>
    /// Takes the draft's article and redirects off the site: as tombstones (410) when the draft was deleted,
    /// or removed entirely (404) when it became a draft or was rescheduled. <paramref name="next"/> null forgets the draft.
    /// </summary>
    public static IndexCommit Withdraw(DraftRecord record, DraftRecord? next, bool tombstone, IndexState state, DateTimeOffset now)
    {
        var changes = new List<SlugChange>();
        foreach (var slug in OwnedSlugs(record).Distinct(StringComparer.Ordinal))
        {
            var row = state.Find(slug);
            if (row is null || row.Owner != record.Path || row.State == SlugState.Gone)
            {
                continue;
            }

            var gone = new SlugRecord { Slug = slug, State = SlugState.Gone, Owner = record.Path, Changed = now };
            changes.Add(new SlugChange(row, tombstone ? gone : null));
        }

        return new IndexCommit(record, next, changes);
    }

    /// <summary>The slugs whose rows a plan for this draft may change: its live slug (when published) and its redirects.</summary>
    public static IEnumerable<string> OwnedSlugs(DraftRecord? record)
    {
        if (record is null)
        {
            return [];
        }

        return record.State == DraftState.Published && record.Slug is not null ? record.Redirects.Prepend(record.Slug) : record.Redirects;
    }
}
