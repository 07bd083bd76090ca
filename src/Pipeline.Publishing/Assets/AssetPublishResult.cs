namespace Pipeline.Publishing.Assets;

/// <summary>What one asset event did: the outcome, the live hash, the refusal (for <see cref="AssetOutcome.Failed"/>) and the drafts re-rendered.</summary>
public sealed record AssetPublishResult(string AssetPath, AssetOutcome Outcome, string? Hash = null, string? Error = null)
{
    public IReadOnlyList<PublishResult> Refreshed { get; init; } = [];
}
