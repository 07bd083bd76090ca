namespace Pipeline.Publishing.Api;

/// <summary>The whole <c>GET /api/assets</c> answer.</summary>
public sealed record AssetListView(IReadOnlyList<AssetStateView> Assets);
