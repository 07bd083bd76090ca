namespace Pipeline.Bench.E2e;

/// <summary>A draft the end-to-end bench uploads: blob path, the title it must be listed under, its bytes.</summary>
public sealed record BenchDraft(string Path, string Title, byte[] Content);
