using Pipeline.Rendering.Drafts;

namespace Pipeline.Publishing.Stores;

/// <summary>
/// A draft's readable status (<c>GET /api/drafts</c>). For <see cref="DraftState.Failed"/> and
/// <see cref="DraftState.Poisoned"/>, the error: <see cref="ErrorKind"/> (stored as the
/// <see cref="DraftErrorKind"/> member's name), <see cref="Message"/> (with the line where known) and
/// <see cref="Line"/>; <see cref="FirstSeen"/>/<see cref="LastSeen"/>/<see cref="Attempts"/> count the same error on the
/// same version. <see cref="LiveSlug"/> is the slug of the version still live, if any; for a
/// <see cref="DraftErrorKind.SlugConflict"/>, <see cref="Slug"/> is the slug the draft waits for.
/// </summary>
public sealed record DraftStatus
{
    /// <summary>Longest message kept: a status row must always be writable, whatever the draft holds.</summary>
    public const int MaxMessageLength = 2_000;

    public required string Path { get; init; }
    public required DraftState State { get; init; }
    public string? ETag { get; init; }

    /// <summary>Renderer version that produced this status; a failure is retried by reconcile when the renderer changes.</summary>
    public string? RendererVersion { get; init; }
    public string? Slug { get; init; }
    public string? LiveSlug { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DraftErrorKind? ErrorKind { get; init; }
    public string? Message { get; init; }
    public int? Line { get; init; }
    public required DateTimeOffset FirstSeen { get; init; }
    public required DateTimeOffset LastSeen { get; init; }
    public int Attempts { get; init; } = 1;
}
