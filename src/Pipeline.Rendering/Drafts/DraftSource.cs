namespace Pipeline.Rendering.Drafts;

/// <summary>A draft as it arrives: its path in the drafts container (e.g. <c>news/summit.ja.txt</c>) and its raw bytes.</summary>
public sealed record DraftSource(string Path, ReadOnlyMemory<byte> Content);
