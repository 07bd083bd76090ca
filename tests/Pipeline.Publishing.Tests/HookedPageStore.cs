namespace Pipeline.Publishing.Tests;

/// <summary>The real pages container, with a hook that runs right before a page blob is deleted (what happens meanwhile).</summary>
public sealed class HookedPageStore(IPageStore inner) : IPageStore
{
    public Func<string, Task>? BeforeDelete { get; set; }

    public Task<string> WriteAsync(PageWrite page, CancellationToken cancellationToken = default) => inner.WriteAsync(page, cancellationToken);

    public Task<StoredPage?> ReadAsync(string blobName, string? ifNoneMatch = null, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(blobName, ifNoneMatch, cancellationToken);

    public async Task DeleteAsync(string blobName, CancellationToken cancellationToken = default)
    {
        if (BeforeDelete is { } hook)
        {
            BeforeDelete = null;
            await hook(blobName);
        }

        await inner.DeleteAsync(blobName, cancellationToken);
    }

    public IAsyncEnumerable<PageBlobInfo> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);
}
