namespace Pipeline.Publishing.Stores;

/// <summary>The draft status table: one readable row per draft path.</summary>
public interface IDraftStatusStore
{
    Task<DraftStatus?> GetAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Every draft's status, ordered by path.</summary>
    IAsyncEnumerable<DraftStatus> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The drafts whose last attempt lost a <see cref="Rendering.Drafts.DraftErrorKind.SlugConflict"/> for
    /// <paramref name="slug"/> (their <see cref="DraftStatus.Slug"/>): they wait for it to be freed.
    /// </summary>
    IAsyncEnumerable<DraftStatus> ListWaitingForSlugAsync(string slug, CancellationToken cancellationToken = default);

    Task SetAsync(DraftStatus status, CancellationToken cancellationToken = default);

    Task DeleteAsync(string path, CancellationToken cancellationToken = default);
}
