namespace Pipeline.Publishing.Api;

/// <summary>
/// One draft's state as <c>GET /api/drafts</c> reports it. <see cref="State"/> is <c>published</c>, <c>scheduled</c>
/// (see <see cref="DueAt"/>), <c>draft</c>, <c>failed</c> or <c>poisoned</c> (with <see cref="Error"/>), or
/// <c>pending</c> for an upload not processed yet. <see cref="Url"/> is the page that is live for this draft, if any —
/// for a failed draft, the last good version. <see cref="Warnings"/> lists what the version's render reported without
/// failing (a published draft may have them); <see cref="OmittedWarnings"/> counts those beyond the list, if any.
/// </summary>
public sealed record DraftStateView
{
    public required string Path { get; init; }
    public required string State { get; init; }
    public string? Slug { get; init; }
    public string? Url { get; init; }
    public string? ETag { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DraftErrorView? Error { get; init; }
    public DateTimeOffset? FirstSeen { get; init; }
    public DateTimeOffset? LastSeen { get; init; }
    public int Attempts { get; init; }
    public IReadOnlyList<DraftWarningView> Warnings { get; init; } = [];
    public int? OmittedWarnings { get; init; }
}
