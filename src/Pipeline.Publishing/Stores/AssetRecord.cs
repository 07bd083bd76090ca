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
}
