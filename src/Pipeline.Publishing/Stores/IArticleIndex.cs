namespace Pipeline.Publishing.Stores;

/// <summary>The articles table: slugs, listings and the live version of every draft (layout in <see cref="IndexKeys"/>).</summary>
public interface IArticleIndex
{
    /// <summary>Point read: the article, redirect or tombstone under <paramref name="slug"/>, or <c>null</c>.</summary>
    Task<SlugRecord?> FindAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>One range query; the cost depends on <see cref="ArticleQuery.Limit"/>, not on how many articles exist.</summary>
    Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    Task<DraftRecord?> GetDraftAsync(string path, CancellationToken cancellationToken = default);

    IAsyncEnumerable<DraftRecord> ListDraftsAsync(CancellationToken cancellationToken = default);

    /// <summary>Applies the commit atomically. Returns false when a row changed since it was read (read again and retry).</summary>
    Task<bool> TryCommitAsync(IndexCommit commit, CancellationToken cancellationToken = default);
}
