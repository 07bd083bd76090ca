namespace Pipeline.Publishing.Stores;

/// <summary>
/// The index's own record of a draft, committed atomically with its slug rows: which source version is live
/// (<see cref="SourceETag"/>, <see cref="SourceLastModified"/>, hashes, renderer version), in which state, under
/// which slug, and which other slugs (old slugs, aliases) it owns as redirects. <see cref="ETag"/> is the row's
/// table ETag, the optimistic-concurrency token of every commit for this draft.
/// </summary>
public sealed record DraftRecord
{
    public required string Path { get; init; }
    public required string SourceETag { get; init; }
    public required DateTimeOffset SourceLastModified { get; init; }
    public required string RawHash { get; init; }
    public required string ContentHash { get; init; }
    public required string RendererVersion { get; init; }

    /// <summary>
    /// Digest of the assets the live render looked up and what it found (<c>IndexAssetResolver.Fingerprint</c>); empty
    /// when it referenced none. Part of the version: the same text with another image is another page.
    /// </summary>
    public string AssetsFingerprint { get; init; } = "";
    public required DraftState State { get; init; }

    /// <summary>The live slug while <see cref="State"/> is <see cref="DraftState.Published"/>; the claimed slug otherwise.</summary>
    public string? Slug { get; init; }

    public IReadOnlyList<string> Redirects { get; init; } = [];
    public DateTimeOffset? DueAt { get; init; }
    public string? PageBlob { get; init; }

    /// <summary>
    /// The live bytes' MD5 as the service reported and the publisher verified it (<see cref="DraftVersion.ContentMd5"/>);
    /// null when the blob had none. A later version with the same MD5 is the same bytes under a new ETag.
    /// </summary>
    public string? SourceMd5 { get; init; }

    /// <summary>
    /// A failure (or poison) was recorded in the draft's status row after this row was committed, so the status row may
    /// describe another version than this one: an upload of the live bytes must rewrite it. Cleared by the next commit,
    /// which writes the status row itself.
    /// </summary>
    public bool StatusOutOfStep { get; init; }

    public string? ETag { get; init; }
}
