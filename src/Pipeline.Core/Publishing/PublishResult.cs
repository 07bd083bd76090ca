namespace Pipeline.Core.Publishing;

/// <summary>What one publish or unpublish did.</summary>
public sealed record PublishResult(string DraftPath, PublishOutcome Outcome, string? Slug = null, string? Error = null)
{
    /// <summary>The draft version (blob ETag) this result is about, when one was read; hosts log it.</summary>
    public string? ETag { get; init; }
}
