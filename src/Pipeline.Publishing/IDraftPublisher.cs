namespace Pipeline.Publishing;

/// <summary>
/// Applies one draft event to the site. Permanent draft problems are recorded (readable over HTTP) and
/// reported as <see cref="PublishOutcome.Failed"/>; transient storage faults throw so the trigger retries.
/// </summary>
public interface IDraftPublisher
{
    /// <summary>The draft was created or overwritten (or an event claims so): publish its current version.</summary>
    Task<PublishResult> PublishAsync(string draftPath, CancellationToken cancellationToken = default);

    /// <summary>
    /// An asset the draft's live render looked up has changed (appeared, was replaced, or went): render the current
    /// version again even though its bytes did not change. Writes nothing when the render sees the same assets.
    /// </summary>
    Task<PublishResult> RefreshAsync(string draftPath, CancellationToken cancellationToken = default);

    /// <summary>The draft was deleted: remove its page and index rows, leave a tombstone.</summary>
    Task<PublishResult> UnpublishAsync(string draftPath, CancellationToken cancellationToken = default);

    /// <summary>The trigger engine gave up on the draft: mark its status row as poisoned with what is known.</summary>
    Task RecordPoisonAsync(string draftPath, string? etag, CancellationToken cancellationToken = default);
}
