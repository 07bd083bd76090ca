namespace Pipeline.Rendering.Drafts;

/// <summary>A draft as it arrives: its path in the drafts container (e.g. <c>news/summit.ja.txt</c>) and its raw bytes.</summary>
public sealed record DraftSource(string Path, ReadOnlyMemory<byte> Content)
{
    /// <summary>
    /// The SHA-256 (lower-case hex) of <see cref="Content"/> when the caller has already computed it (the publisher
    /// hashes every upload to recognise a re-upload), so the renderer does not hash the same bytes again; it must be
    /// the hash of exactly these bytes. Null: the renderer hashes them itself, if the content hash is ever read.
    /// </summary>
    public string? Sha256 { get; init; }
}
