namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// What one Zenn embed resolved to: a privacy-friendly player frame (<see cref="FrameUrl"/>, only YouTube), a static
/// link card (<see cref="CardUrl"/>, loads nothing), or a visible note for the author (<see cref="Problem"/>).
/// <see cref="Source"/> is what the author wrote, kept for the note.
/// </summary>
public sealed record Embed
{
    public required string Kind { get; init; }
    public required string Source { get; init; }
    public string? FrameUrl { get; init; }
    public string? FrameOrigin { get; init; }
    public string? FrameTitle { get; init; }
    public string? CardUrl { get; init; }
    public string? CardLabel { get; init; }
    public string? CardTitle { get; init; }
    public string? Problem { get; init; }
}
