namespace Pipeline.Core.Api;

/// <summary>
/// One draft's state as <c>GET /api/drafts</c> reports it: <see cref="State"/> is one of <c>published</c>,
/// <c>scheduled</c>, <c>draft</c>, <c>failed</c>; a failed draft carries <see cref="Error"/> and its live page (if any) stays.
/// </summary>
public sealed record DraftStateView
{
    public required string Path { get; init; }
    public required string State { get; init; }
    public string? Slug { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? ETag { get; init; }
    public DateTimeOffset? PublishAt { get; init; }
    public DraftErrorView? Error { get; init; }
    public DateTimeOffset? FirstSeen { get; init; }
    public DateTimeOffset? LastSeen { get; init; }
    public int Attempts { get; init; }
}
