using Azure;

namespace Pipeline.Publishing.Tests;

/// <summary>The real index, except that the next commit dies before reaching storage — as if the host crashed between page write and index commit.</summary>
public sealed class CrashBeforeCommitIndex(IArticleIndex inner) : IArticleIndex
{
    public bool CrashNextCommit { get; set; }

    public Task<SlugRecord?> FindAsync(string slug, CancellationToken cancellationToken = default) => inner.FindAsync(slug, cancellationToken);

    public Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default) => inner.ListAsync(query, cancellationToken);

    public Task<DraftRecord?> GetDraftAsync(string path, CancellationToken cancellationToken = default) => inner.GetDraftAsync(path, cancellationToken);

    public IAsyncEnumerable<DraftRecord> ListDraftsAsync(CancellationToken cancellationToken = default) => inner.ListDraftsAsync(cancellationToken);

    public Task<bool> TryCommitAsync(IndexCommit commit, CancellationToken cancellationToken = default)
    {
        if (CrashNextCommit)
        {
            CrashNextCommit = false;
            throw new RequestFailedException(503, "simulated crash before the index commit");
        }

        return inner.TryCommitAsync(commit, cancellationToken);
    }
}
