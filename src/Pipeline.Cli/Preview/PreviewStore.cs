using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;

namespace Pipeline.Cli.Preview;

/// <summary>
/// The article index and the pages of <c>pipeline preview</c>, in memory: the same interfaces the production
/// handlers read (<see cref="IArticleIndex"/>, <see cref="IPageStore"/>), so the index, tag pages, feeds, sitemap
/// and article pages are the production code over the folder's drafts. A save patches one article in place —
/// its slug row, its listing positions, its page — and nothing else is re-rendered. There is no publisher here,
/// so the draft-row and commit members are not used.
/// </summary>
internal sealed class PreviewStore : IArticleIndex, IPageStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SlugRecord> _slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _slugOfPath = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _newestFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _byTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlugRecord> _atPosition = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredPage> _pages = new(StringComparer.Ordinal);

    /// <summary>
    /// Puts (or replaces) the article rendered from <paramref name="path"/>. Returns the other draft's path when
    /// that draft already has the slug (nothing changes then), else null.
    /// </summary>
    public string? Put(string path, ArticleSummary summary, ArticleMetadata metadata, string pageHtml, DateTimeOffset modified)
    {
        lock (_lock)
        {
            if (_slugs.TryGetValue(summary.Slug, out var taken) && taken.Owner != path)
            {
                return taken.Owner;
            }

            RemoveLocked(path);
            var blob = summary.Slug + "/" + metadata.ContentHash[..16];
            var record = new SlugRecord
            {
                Slug = summary.Slug,
                State = SlugState.Article,
                Owner = path,
                PageBlob = blob,
                SortDate = summary.Date,
                TagKeys = summary.Tags.Select(TagKey.Normalize).Distinct(StringComparer.Ordinal).ToList(),
                Summary = summary,
                Metadata = metadata,
                Changed = modified,
            };
            _slugs[record.Slug] = record;
            _slugOfPath[path] = record.Slug;
            var position = Position(record);
            _atPosition[position] = record;
            _newestFirst.Add(position);
            foreach (var tag in record.TagKeys)
            {
                (_byTag.TryGetValue(tag, out var set) ? set : _byTag[tag] = new SortedSet<string>(StringComparer.Ordinal)).Add(position);
            }

            var bytes = Encoding.UTF8.GetBytes(pageHtml);
            _pages[blob] = new StoredPage(blob, bytes, "\"" + metadata.ContentHash[..16] + "\"", modified, "text/html; charset=utf-8", null, false, new Dictionary<string, string>());
            return null;
        }
    }

    /// <summary>Takes the article of <paramref name="path"/> off the preview (its draft was deleted).</summary>
    public void Remove(string path)
    {
        lock (_lock)
        {
            RemoveLocked(path);
        }
    }

    /// <summary>The slug the draft at <paramref name="path"/> is shown under, if any.</summary>
    public string? SlugOf(string path)
    {
        lock (_lock)
        {
            return _slugOfPath.GetValueOrDefault(path);
        }
    }

    public Task<SlugRecord?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_slugs.GetValueOrDefault(slug));
        }
    }

    public Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_lock)
        {
            SortedSet<string>? set = query.Tag is null ? _newestFirst : _byTag.GetValueOrDefault(TagKey.Normalize(query.Tag));
            if (set is null || set.Count == 0)
            {
                return Task.FromResult(new ArticlePage([], null));
            }

            if (query.After is { } after && (after.Length == 0 || string.CompareOrdinal(after, set.Max) >= 0))
            {
                return Task.FromResult(new ArticlePage([], null));
            }

            var view = query.After is null ? set : set.GetViewBetween(query.After, set.Max!);
            var positions = view.Where(p => p != query.After).Take(query.Limit + 1).ToList();
            var page = positions.Take(query.Limit).ToList();
            var next = positions.Count > query.Limit ? page[^1] : null;
            return Task.FromResult(new ArticlePage(page.Select(p => _atPosition[p].Summary!).ToList(), next));
        }
    }

    public Task<StoredPage?> ReadAsync(string blobName, string? ifNoneMatch = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_pages.GetValueOrDefault(blobName));
        }
    }

    public Task<DraftRecord?> GetDraftAsync(string path, CancellationToken cancellationToken = default) => Task.FromResult<DraftRecord?>(null);

    public async IAsyncEnumerable<DraftRecord> ListDraftsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        yield break;
    }

    public Task<bool> TryCommitAsync(IndexCommit commit, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The preview has no publisher; it is written through Put and Remove only.");

    public Task<string> WriteAsync(PageWrite page, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The preview has no publisher; it is written through Put and Remove only.");

    public Task DeleteAsync(string blobName, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The preview has no publisher; it is written through Put and Remove only.");

    public async IAsyncEnumerable<PageBlobInfo> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        yield break;
    }

    private void RemoveLocked(string path)
    {
        if (!_slugOfPath.Remove(path, out var slug) || !_slugs.Remove(slug, out var record))
        {
            return;
        }

        var position = Position(record);
        _atPosition.Remove(position);
        _newestFirst.Remove(position);
        foreach (var tag in record.TagKeys)
        {
            if (_byTag.TryGetValue(tag, out var set) && set.Remove(position) && set.Count == 0)
            {
                _byTag.Remove(tag);
            }
        }

        _pages.Remove(record.PageBlob!);
    }

    /// <summary>Newest first, the slug breaking ties: the order of the production index's listing rows.</summary>
    private static string Position(SlugRecord record) =>
        (DateTimeOffset.MaxValue.UtcTicks - record.SortDate.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + record.Slug;
}
