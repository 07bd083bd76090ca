using Pipeline.Publishing.Stores;

namespace Pipeline.Publishing.Planning;

/// <summary>
/// The slug rows a decision looks at, as read from the index (with their ETags, which the commit is conditioned on).
/// A slug without an entry is free. <see cref="PublishDecision.SlugsToRead"/> says which slugs to read.
/// </summary>
public sealed class IndexState
{
    private readonly Dictionary<string, SlugRecord> _rows;

    public IndexState(IEnumerable<SlugRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = rows.ToDictionary(row => row.Slug, StringComparer.Ordinal);
    }

    public static IndexState Empty { get; } = new([]);

    /// <summary>The article, redirect or tombstone under <paramref name="slug"/>, or null when the slug is free.</summary>
    public SlugRecord? Find(string slug) => _rows.GetValueOrDefault(slug);
}
