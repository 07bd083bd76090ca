namespace Pipeline.Publishing.Stores;

/// <summary>
/// A page as read from the pages container. When the caller's <c>If-None-Match</c> matched,
/// <see cref="NotModified"/> is true and <see cref="Content"/> is empty.
/// </summary>
public sealed record StoredPage(
    string BlobName,
    ReadOnlyMemory<byte> Content,
    string ETag,
    DateTimeOffset LastModified,
    string ContentType,
    string? CacheControl,
    bool NotModified,
    IReadOnlyDictionary<string, string> Metadata);
