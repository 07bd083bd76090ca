namespace Pipeline.Publishing.Stores;

/// <summary>A rendered page to store, with the source version it was rendered from (kept as blob metadata).</summary>
public sealed record PageWrite(string BlobName, string Html, string SourcePath, string SourceETag, string ContentHash, string RendererVersion);
