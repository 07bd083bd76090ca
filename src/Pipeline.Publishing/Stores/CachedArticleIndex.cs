using System.Collections.Concurrent;

namespace Pipeline.Publishing.Stores;

/// <summary>
/// The listing cache: pages of <see cref="ListAsync"/> are kept in memory and shared by concurrent readers (one
/// storage query per page however many requests arrive), dropped when this process commits to the index (a
/// publish, delete or reconcile), and after <c>lifetime</c> at most, which bounds how stale a page can be when
/// another instance published. A page read before a commit finished is never served after it: each page is
/// tagged with the commit generation it was read in. Point reads and commits go straight through.
/// </summary>
internal sealed class CachedArticleIndex(IArticleIndex inner, TimeSpan lifetime, TimeProvider clock) : IArticleIndex
{
    /// <summary>Deep cursor pages can add many entries; past this many the cache starts over.</summary>
    internal const int MaxPages = 1024;

    private readonly ConcurrentDictionary<ArticleQuery, Entry> _pages = new();
    private long _generation;

    /// <summary>The index with a listing cache in front of it, or the index itself when <paramref name="lifetime"/> is zero.</summary>
    public static IArticleIndex Wrap(IArticleIndex index, TimeSpan lifetime, TimeProvider clock) =>
        lifetime > TimeSpan.Zero ? new CachedArticleIndex(index, lifetime, clock) : index;

    public async Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var current = Volatile.Read(ref _generation);
        if (!_pages.TryGetValue(query, out var entry) || !IsFresh(entry, current))
        {
            if (_pages.Count >= MaxPages)
            {
                _pages.Clear();
            }

            var candidate = new Entry(current, clock.GetTimestamp(), new Lazy<Task<ArticlePage>>(() => inner.ListAsync(query, CancellationToken.None)));
            entry = _pages.AddOrUpdate(query, candidate, (_, existing) => IsFresh(existing, current) ? existing : candidate);
        }

        try
        {
            // The shared read is not cancelled by one reader leaving; that reader just stops waiting.
            return await entry.Page.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _pages.TryRemove(new KeyValuePair<ArticleQuery, Entry>(query, entry));
            throw;
        }
    }

    public async Task<bool> TryCommitAsync(IndexCommit commit, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.TryCommitAsync(commit, cancellationToken);
        }
        finally
        {
            // Also after a failure: a transaction that timed out may still have been applied.
            Interlocked.Increment(ref _generation);
            _pages.Clear();
        }
    }

    public Task<SlugRecord?> FindAsync(string slug, CancellationToken cancellationToken = default) => inner.FindAsync(slug, cancellationToken);

    public Task<DraftRecord?> GetDraftAsync(string path, CancellationToken cancellationToken = default) => inner.GetDraftAsync(path, cancellationToken);

    public IAsyncEnumerable<DraftRecord> ListDraftsAsync(CancellationToken cancellationToken = default) => inner.ListDraftsAsync(cancellationToken);

    private bool IsFresh(Entry entry, long current) =>
        entry.Generation == current && clock.GetElapsedTime(entry.ReadAt) < lifetime && !entry.Page.Value.IsFaulted && !entry.Page.Value.IsCanceled;

    private sealed record Entry(long Generation, long ReadAt, Lazy<Task<ArticlePage>> Page);
}
