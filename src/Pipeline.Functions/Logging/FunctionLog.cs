using Microsoft.Extensions.Logging;

namespace Pipeline.Functions.Logging;

/// <summary>
/// What only the trigger layer knows. Everything about a draft (draft, ETag, slug, outcome, render ms) is
/// logged by the core publisher and reconciler inside the same invocation.
/// </summary>
internal static partial class FunctionLog
{
    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Ignored {Queue} message: no BlobDeleted event for container {Container}")]
    public static partial void IgnoredNoDeletion(ILogger logger, string queue, string container);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "{Function} answered 503: storage is unreachable ({Reason})")]
    public static partial void AnsweredStorageUnavailable(ILogger logger, string function, string reason);
}
