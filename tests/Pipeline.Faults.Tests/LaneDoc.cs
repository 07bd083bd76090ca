namespace Pipeline.Faults.Tests;

/// <summary>
/// What a schedule last did to one of its drafts: where it lives now (null once deleted), its slug, and the
/// marker of its last version (written into the body, so the live page shows which version it is).
/// </summary>
public sealed class LaneDoc
{
    public string? Path { get; set; }

    public required string Slug { get; set; }

    public int Version { get; set; }

    public string Marker { get; set; } = string.Empty;

    public byte[] Bytes { get; set; } = [];

    /// <summary>Every slug this draft has had; an old one may answer 301 to the current one.</summary>
    public HashSet<string> PastSlugs { get; } = new(StringComparer.Ordinal);
}
