namespace Pipeline.Publishing.Stores;

/// <summary>
/// A draft's readable status (<c>GET /api/drafts</c>). For <see cref="DraftState.Failed"/> and
/// <see cref="DraftState.Poisoned"/>, the error: <see cref="ErrorKind"/> (a <see cref="Rendering.Drafts.DraftErrorKind"/>
/// name, <c>RenderFailed</c> or <c>Poisoned</c>), <see cref="Message"/> (with the line where known) and
/// <see cref="Line"/>; <see cref="FirstSeen"/>/<see cref="LastSeen"/>/<see cref="Attempts"/> count the same error on the
/// same version. <see cref="LiveSlug"/> is the slug of the version still live, if any.
/// </summary>
public sealed record DraftStatus
{
    public required string Path { get; init; }
    public required DraftState State { get; init; }
    public string? ETag { get; init; }

    /// <summary>Renderer version that produced this status; a failure is retried by reconcile when the renderer changes.</summary>
    public string? RendererVersion { get; init; }
    public string? Slug { get; init; }
    public string? LiveSlug { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public string? ErrorKind { get; init; }
    public string? Message { get; init; }
    public int? Line { get; init; }
    public required DateTimeOffset FirstSeen { get; init; }
    public required DateTimeOffset LastSeen { get; init; }
    public int Attempts { get; init; } = 1;
}
