namespace Pipeline.Publishing;

/// <summary>What one publish or unpublish did.</summary>
public sealed record PublishResult(string DraftPath, PublishOutcome Outcome, string? Slug = null, string? Error = null);
