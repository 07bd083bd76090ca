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

    /// <summary>
    /// The MD5 of the bytes as the storage service reports it (base64), or null when it has none. Azure computes and
    /// stores it for every single-shot Put Blob (the SDK's upload of a blob that fits one request, as
    /// <c>pipeline upload</c> does) and returns it with the blob's reads and in listings; a block-list upload has none
    /// unless its client set one. The publisher keeps it only after checking it against the bytes it read
    /// (<see cref="DraftContent.VerifiedMd5"/>), so a listing can tell "same bytes as the live version" without a read.
    /// </summary>
    public string? ContentMd5 { get; init; }
}
