namespace Pipeline.Publishing.Stores;

/// <summary>A draft's bytes, all from the one <see cref="DraftVersion"/> they were read at.</summary>
public sealed record DraftContent(DraftVersion Version, ReadOnlyMemory<byte> Content);
