namespace Pipeline.Publishing.Stores;

/// <summary>
/// One version of a draft blob as the service reports it. <see cref="LastModified"/> is set by the storage
/// service on every write (never by a client clock), which is what makes it usable as the publish order;
/// <see cref="CreatedOn"/> survives overwrites and dates articles that have no <c>date</c> of their own.
/// </summary>
public sealed record DraftVersion(string Path, string ETag, DateTimeOffset LastModified, DateTimeOffset CreatedOn, long Size)
{
    /// <summary>
    /// When the author last changed the file, as the uploader reported it (its last git commit, else its modification
    /// time); null when the upload did not say. Client-written, so it dates an article but never orders versions.
    /// </summary>
    public DateTimeOffset? AuthoredOn { get; init; }
}
