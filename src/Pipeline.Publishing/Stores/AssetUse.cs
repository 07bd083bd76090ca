namespace Pipeline.Publishing.Stores;

/// <summary>
/// One dependency of a draft's live render on an asset path: a candidate its renderer looked up, with the hash it
/// found then (null: nothing there — a miss, which an upload of that path must repair). Stored both ways
/// (<c>uses|draft|asset</c>, <c>usedby|asset|draft</c>).
/// </summary>
public sealed record AssetUse(string DraftPath, string AssetPath, string? Hash);
