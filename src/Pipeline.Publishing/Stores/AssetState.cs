namespace Pipeline.Publishing.Stores;

/// <summary>Where an asset stands, as <c>GET /api/assets</c> reports it.</summary>
public enum AssetState
{
    /// <summary>Its current version is published under <see cref="AssetRecord.Hash"/>.</summary>
    Published,

    /// <summary>Its current version was refused (see the error); the last good version, if any, stays published.</summary>
    Failed,

    /// <summary>
    /// Its file was deleted from the drafts container. The last published copy stays live and the pages that use it
    /// keep showing it, each with a warning, until no draft references the path; then reconcile drops the row and
    /// garbage collection the copy.
    /// </summary>
    Deleted,

    /// <summary>The trigger engine gave up after repeated (transient) failures; reconcile retries it.</summary>
    Poisoned,
}
