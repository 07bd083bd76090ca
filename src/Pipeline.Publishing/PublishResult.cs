using Pipeline.Rendering.Drafts;

namespace Pipeline.Publishing;

/// <summary>What one publish or unpublish did; for <see cref="PublishOutcome.Failed"/>, the error and its kind.</summary>
public sealed record PublishResult(string DraftPath, PublishOutcome Outcome, string? Slug = null, string? Error = null, DraftErrorKind? ErrorKind = null);
