namespace Pipeline.Publishing.Api;

/// <summary>The whole <c>GET /api/drafts</c> answer.</summary>
public sealed record DraftListView(IReadOnlyList<DraftStateView> Drafts);
