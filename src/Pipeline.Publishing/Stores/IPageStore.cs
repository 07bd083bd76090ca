namespace Pipeline.Publishing.Stores;

/// <summary>
/// The pages container. Page blob names are version-unique (see <see cref="PageBlobNames"/>), so writing a new
/// page never touches the live one: the index row decides which page is live.
/// </summary>
public interface IPageStore
{
    /// <summary>
    /// Stores the page as <c>text/html; charset=utf-8</c> with the configured Cache-Control and the source
    /// path, ETag, content hash and renderer version as metadata. A blob of that name already holds exactly this
    /// version, so when it exists nothing is written. Returns the blob's ETag.
    /// </summary>
    Task<string> WriteAsync(PageWrite page, CancellationToken cancellationToken = default);

    /// <summary>Reads a page; <c>null</c> when missing. With <paramref name="ifNoneMatch"/> equal to its ETag, returns a not-modified result without content.</summary>
    Task<StoredPage?> ReadAsync(string blobName, string? ifNoneMatch = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a page if it exists.</summary>
    Task DeleteAsync(string blobName, CancellationToken cancellationToken = default);

    /// <summary>Every page blob (reconcile sweeps the ones no index row points to).</summary>
    IAsyncEnumerable<PageBlobInfo> ListAsync(CancellationToken cancellationToken = default);
}
