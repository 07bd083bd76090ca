namespace Pipeline.Bench.E2e.Assets;

/// <summary>One asset in <c>/api/assets</c>: state, refusal kind if failed, and its published URLs (source first, then variants).</summary>
public sealed record AssetState(string Path, string State, string? ErrorKind, IReadOnlyList<string> Urls);
