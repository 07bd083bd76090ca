using Microsoft.Extensions.Logging;

namespace Pipeline.Publishing.Assets;

/// <summary>The asset publisher's structured log events: every line names the asset path.</summary>
internal static partial class AssetLog
{
    [LoggerMessage(101, LogLevel.Information, "Asset {Asset} ({ETag}) published as {Hash}: {Variants} variants written, {Refreshed} drafts re-rendered, {TotalMs} ms")]
    public static partial void Published(ILogger logger, string asset, string etag, string hash, int variants, int refreshed, long totalMs);

    [LoggerMessage(102, LogLevel.Warning, "Asset {Asset} ({ETag}) refused with {ErrorKind}: {Message}")]
    public static partial void Refused(ILogger logger, string asset, string etag, string errorKind, string message);

    [LoggerMessage(103, LogLevel.Debug, "Asset {Asset} ({ETag}) unchanged: {Reason}")]
    public static partial void Unchanged(ILogger logger, string asset, string? etag, string reason);

    [LoggerMessage(104, LogLevel.Information, "Asset {Asset} deleted: {Refreshed} drafts re-rendered; its blobs stay until garbage collection")]
    public static partial void Deleted(ILogger logger, string asset, int refreshed);

    [LoggerMessage(105, LogLevel.Warning, "Asset {Asset} ({ETag}) poisoned: the trigger gave up on it")]
    public static partial void Poisoned(ILogger logger, string asset, string? etag);

    [LoggerMessage(106, LogLevel.Warning, "Asset path {Asset} is too long to key an index row; ignored")]
    public static partial void Unkeyable(ILogger logger, string asset);

    [LoggerMessage(107, LogLevel.Information, "Reconcile: asset {Asset} needs publishing ({Reason})")]
    public static partial void ReconcileRepair(ILogger logger, string asset, string reason);

    [LoggerMessage(108, LogLevel.Information, "Reconcile: draft {Draft} re-rendered because asset {Asset} changed since its render")]
    public static partial void ReconcileDependency(ILogger logger, string draft, string asset);

    [LoggerMessage(109, LogLevel.Information, "Reconcile deleted unreferenced asset blobs {Hash}/ (unreferenced since {Since})")]
    public static partial void Collected(ILogger logger, string hash, DateTimeOffset since);

    [LoggerMessage(110, LogLevel.Warning, "Reconcile: asset {Asset} could not be repaired this pass")]
    public static partial void ReconcileError(ILogger logger, Exception exception, string asset);
}
