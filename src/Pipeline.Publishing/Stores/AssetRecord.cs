namespace Pipeline.Publishing.Stores;

/// <summary>
/// The index's row for one asset path (<c>images/x/fig.png</c> in the drafts container): which version was looked
/// at (<see cref="SourceETag"/>), the live published copy (<see cref="Hash"/>, <see cref="FileName"/>, intrinsic
/// size, variants) and, when the current version was refused, why. A refused replacement keeps the previous hash,
/// so articles keep their working image.
/// </summary>
public sealed record AssetRecord
{
    public required string Path { get; init; }
    public required string SourceETag { get; init; }
    public required AssetState State { get; init; }

    /// <summary>Content hash of the live copy (<c>/assets/{hash}/…</c>); null when no version was ever published.</summary>
    public string? Hash { get; init; }

    /// <summary>The URL-safe file name the live copy is published under.</summary>
    public string? FileName { get; init; }

    public string? ContentType { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    public IReadOnlyList<AssetVariantRecord> Variants { get; init; } = [];

    /// <summary>For <see cref="AssetState.Failed"/>: the <c>AssetErrorKind</c> member's name and the readable reason.</summary>
    public string? ErrorKind { get; init; }

    public string? Message { get; init; }
    public required DateTimeOffset Updated { get; init; }

    /// <summary>True when a copy is published (articles can reference it).</summary>
    public bool IsLive => Hash is not null && FileName is not null;

    /// <summary>What a render that looked this path up saw, as its dependency records it: the live hash, marked when
    /// the file was deleted (so the deletion changes the page's version and its warning); null when nothing is live.</summary>
    public string? SeenHash => IsLive ? State == AssetState.Deleted ? Hash + DeletedMark : Hash : null;

    /// <summary>The mark <see cref="SeenHash"/> appends for a deleted file's last copy.</summary>
    public const string DeletedMark = "+deleted";

    /// <summary>The copy's hash a recorded <see cref="SeenHash"/> names (its deletion mark taken off).</summary>
    public static string CopyHash(string seenHash)
    {
        ArgumentNullException.ThrowIfNull(seenHash);
        return seenHash.EndsWith(DeletedMark, StringComparison.Ordinal) ? seenHash[..^DeletedMark.Length] : seenHash;
    }

    /// <summary>The rest of the warning a page that still shows a deleted file's last copy carries.</summary>
    public const string DeletedNotice = "was deleted; the page shows its last published copy (upload it again, or remove the reference)";
}
