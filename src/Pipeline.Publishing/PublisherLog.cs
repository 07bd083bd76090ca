using Microsoft.Extensions.Logging;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Publishing;

/// <summary>The publisher's structured log events: every line names the draft, its ETag and the outcome.</summary>
internal static partial class PublisherLog
{
    [LoggerMessage(1, LogLevel.Information, "Draft {Draft} ({ETag}) {Outcome} as {Slug}; rendered in {RenderMs} ms, total {TotalMs} ms")]
    public static partial void Published(ILogger logger, string draft, string etag, PublishOutcome outcome, string? slug, long renderMs, long totalMs);

    [LoggerMessage(2, LogLevel.Debug, "Draft {Draft} ({ETag}) {Outcome}: {Reason}")]
    public static partial void Skipped(ILogger logger, string draft, string? etag, PublishOutcome outcome, string reason);

    [LoggerMessage(3, LogLevel.Warning, "Draft {Draft} ({ETag}) failed permanently with {ErrorKind}: {Message}; live slug {LiveSlug} stays")]
    public static partial void Failed(ILogger logger, string draft, string? etag, DraftErrorKind errorKind, string message, string? liveSlug);

    [LoggerMessage(4, LogLevel.Information, "Draft {Draft} index changed concurrently (attempt {Attempt}); reading again")]
    public static partial void CommitConflict(ILogger logger, string draft, int attempt);

    [LoggerMessage(5, LogLevel.Information, "Draft {Draft} unpublished; slug {Slug} now answers 410")]
    public static partial void Unpublished(ILogger logger, string draft, string? slug);

    [LoggerMessage(6, LogLevel.Warning, "Draft {Draft} ({ETag}) poisoned: the trigger gave up on it")]
    public static partial void Poisoned(ILogger logger, string draft, string? etag);

    [LoggerMessage(7, LogLevel.Warning, "Could not delete superseded page {PageBlob}; it is unreferenced and harmless")]
    public static partial void PageCleanupFailed(ILogger logger, Exception exception, string pageBlob);

    [LoggerMessage(8, LogLevel.Information, "Reconcile: {Draft} needs publishing ({Reason})")]
    public static partial void ReconcileRepair(ILogger logger, string draft, string reason);

    [LoggerMessage(9, LogLevel.Warning, "Reconcile: {Draft} could not be repaired this pass")]
    public static partial void ReconcileError(ILogger logger, Exception exception, string draft);

    [LoggerMessage(10, LogLevel.Information, "Reconcile examined {Examined} drafts: {Published} published, {Unpublished} unpublished, {Failed} failed in {ElapsedMs} ms")]
    public static partial void Reconciled(ILogger logger, int examined, int published, int unpublished, int failed, long elapsedMs);

    [LoggerMessage(12, LogLevel.Warning, "Reconcile: {Draft} took longer than {TimeoutSeconds} s; the pass goes on, the publish finishes in the background")]
    public static partial void ReconcileSlowDraft(ILogger logger, string draft, long timeoutSeconds);

    [LoggerMessage(11, LogLevel.Information, "Reconcile deleted orphan page {PageBlob} (written by a publish that never committed)")]
    public static partial void OrphanPageDeleted(ILogger logger, string pageBlob);

    [LoggerMessage(20, LogLevel.Information, "Draft {Draft} freed slug {Slug}; publishing {Waiting}, which waits for it")]
    public static partial void PublishingWaiting(ILogger logger, string draft, string slug, string waiting);

    [LoggerMessage(21, LogLevel.Warning, "Drafts waiting for slug {Slug} could not be published now; reconcile will")]
    public static partial void WaitingNotPublished(ILogger logger, Exception exception, string slug);
}
