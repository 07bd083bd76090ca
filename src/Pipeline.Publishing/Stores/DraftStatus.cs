using Pipeline.Rendering;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Publishing.Stores;

/// <summary>
/// A draft's readable status (<c>GET /api/drafts</c>). For <see cref="DraftState.Failed"/> and
/// <see cref="DraftState.Poisoned"/>, the error: <see cref="ErrorKind"/> (stored as the
/// <see cref="DraftErrorKind"/> member's name), <see cref="Message"/> (with the line where known) and
/// <see cref="Line"/>; <see cref="FirstSeen"/>/<see cref="LastSeen"/>/<see cref="Attempts"/> count the same error on the
/// same version. <see cref="LiveSlug"/> is the slug of the version still live, if any; for a
/// <see cref="DraftErrorKind.SlugConflict"/>, <see cref="Slug"/> is the slug the draft waits for. <see cref="Warnings"/>
/// are what the handled version's render reported without failing (a formula that does not parse, a missing image):
/// a draft published with warnings is still <see cref="DraftState.Published"/>.
/// </summary>
public sealed record DraftStatus
{
    /// <summary>Longest message kept: a status row must always be writable, whatever the draft holds.</summary>
    public const int MaxMessageLength = 2_000;

    /// <summary>
    /// Most warnings kept (the rest are counted in <see cref="OmittedWarnings"/>), each message cut to
    /// <see cref="MaxWarningLength"/>: even escaped as JSON (6 characters per UTF-16 unit at worst) the list fits one
    /// table property (32K characters).
    /// </summary>
    public const int MaxWarnings = 20;

    /// <inheritdoc cref="MaxWarnings"/>
    public const int MaxWarningLength = 200;

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

    /// <summary>The render's warnings in draft order, at most <see cref="MaxWarnings"/>.</summary>
    public IReadOnlyList<RenderWarning> Warnings { get; init; } = [];

    /// <summary>How many more warnings the render raised than <see cref="Warnings"/> holds.</summary>
    public int OmittedWarnings { get; init; }
}
