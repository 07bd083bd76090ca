namespace Pipeline.Publishing.Stores;

/// <summary>
/// The listing rows an article owns in the index: one newest-first row and one per tag, keyed by
/// <see cref="IndexKeys"/>. Listing rows only ever change in the same commit as their slug row, so they exist
/// exactly when the slug row says so.
/// </summary>
public static class IndexListingRows
{
    public static Dictionary<string, ArticleSummary> For(SlugRecord? record)
    {
        var rows = new Dictionary<string, ArticleSummary>(StringComparer.Ordinal);
        if (record is not { State: SlugState.Article, Summary: { } summary })
        {
            return rows;
        }

        rows[IndexKeys.DateListing(record.SortDate, record.Slug)] = summary;
        foreach (var tagKey in record.TagKeys)
        {
            rows[IndexKeys.TagListing(tagKey, record.SortDate, record.Slug)] = summary;
        }

        return rows;
    }
}
