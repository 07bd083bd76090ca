using Azure;

namespace Pipeline.Publishing.Tests;

/// <summary>The real drafts container, except that reading the drafts <see cref="Failing"/> names fails like a storage fault.</summary>
public sealed class FaultyDraftStore(IDraftStore inner) : IDraftStore
{
    public Func<string, bool> Failing { get; set; } = _ => false;

    public Task<DraftContent?> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken = default) =>
        Failing(path) ? throw new RequestFailedException(500, $"simulated storage fault reading {path}") : inner.ReadAsync(path, maxBytes, cancellationToken);

    public Task<DraftVersion?> GetVersionAsync(string path, CancellationToken cancellationToken = default) => inner.GetVersionAsync(path, cancellationToken);

    public IAsyncEnumerable<DraftVersion> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);
}
