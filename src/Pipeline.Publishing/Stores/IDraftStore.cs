namespace Pipeline.Publishing.Stores;

/// <summary>The drafts container, read-only: what authors uploaded.</summary>
public interface IDraftStore
{
    /// <summary>
    /// Reads the draft's current version whole, pinned to one ETag: when the blob changes while it is being
    /// read, the read starts over on the new version, so the bytes never mix two versions.
    /// Returns <c>null</c> when the draft does not exist; throws <see cref="Rendering.Drafts.DraftException"/>
    /// (<see cref="Rendering.Drafts.DraftErrorKind.TooLarge"/>) before downloading a draft larger than <paramref name="maxBytes"/>.
    /// </summary>
    Task<DraftContent?> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>The draft's current version (one HEAD request), or <c>null</c> when it does not exist.</summary>
    Task<DraftVersion?> GetVersionAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Every draft's current version.</summary>
    IAsyncEnumerable<DraftVersion> ListAsync(CancellationToken cancellationToken = default);
}
