namespace Pipeline.Publishing.Api;

/// <summary>
/// One asset's state as <c>GET /api/assets</c> reports it: <see cref="State"/> is <c>published</c>, <c>failed</c>
/// (see <see cref="Error"/>: the readable reason it was refused), <c>poisoned</c>, or <c>pending</c> for an upload not
/// processed yet. <see cref="Url"/> is the live copy (for a failed replacement, the last good one), with its intrinsic
/// size and variant URLs; <see cref="UsedBy"/> lists the drafts whose render looked this path up.
/// </summary>
public sealed record AssetStateView
{
    public required string Path { get; init; }
    public required string State { get; init; }
    public string? Url { get; init; }
    public string? ContentType { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    public IReadOnlyList<string> Variants { get; init; } = [];
    public DraftErrorView? Error { get; init; }
    public IReadOnlyList<string> UsedBy { get; init; } = [];
    public DateTimeOffset? Updated { get; init; }
}
