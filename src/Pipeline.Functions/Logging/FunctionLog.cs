using Microsoft.Extensions.Logging;
using Pipeline.Core.Publishing;

namespace Pipeline.Functions.Logging;

/// <summary>One structured line per invocation: queryable by draft, ETag, slug and outcome in any log backend.</summary>
internal static partial class FunctionLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Draft {DraftPath} (ETag {ETag}) {Operation}: {Outcome}, slug {Slug}, {ElapsedMs} ms")]
    private static partial void Handled(ILogger logger, string draftPath, string? etag, string operation, PublishOutcome outcome, string? slug, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "Draft {DraftPath} (ETag {ETag}) {Operation}: {Outcome}, recorded as failed: {Error}")]
    private static partial void Failed(ILogger logger, string draftPath, string? etag, string operation, PublishOutcome outcome, string? error);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information,
        Message = "Reconciled: examined {Examined}, published {Published}, unpublished {Unpublished}, failed {Failed}, {ElapsedMs} ms")]
    public static partial void Reconciled(ILogger logger, int examined, int published, int unpublished, int failed, long elapsedMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "Draft {DraftPath} (ETag {ETag}) poisoned: the blob trigger gave up on it")]
    public static partial void Poisoned(ILogger logger, string draftPath, string? etag);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information,
        Message = "Ignored {Queue} message for container {Container}")]
    public static partial void IgnoredOtherContainer(ILogger logger, string queue, string container);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information,
        Message = "Ignored {Queue} message: no BlobDeleted event for container {Container}")]
    public static partial void IgnoredNoDeletion(ILogger logger, string queue, string container);

    /// <summary>Logs a publish or unpublish result at the level its outcome deserves.</summary>
    public static void Result(ILogger logger, string operation, PublishResult result, long elapsedMs)
    {
        if (result.Outcome == PublishOutcome.Failed)
        {
            Failed(logger, result.DraftPath, result.ETag, operation, result.Outcome, result.Error);
        }
        else
        {
            Handled(logger, result.DraftPath, result.ETag, operation, result.Outcome, result.Slug, elapsedMs);
        }
    }
}
