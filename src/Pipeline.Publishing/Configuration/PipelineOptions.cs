namespace Pipeline.Publishing.Configuration;

/// <summary>
/// Storage names and publishing settings shared by every host, bound from the <c>Pipeline</c> configuration section
/// (the renderer's own settings, <see cref="Pipeline.Rendering.Configuration.RenderingOptions"/>, bind from the same section).
/// </summary>
public sealed class PipelineOptions
{
    public string DraftsContainer { get; set; } = PipelineNames.DraftsContainer;
    public string PagesContainer { get; set; } = PipelineNames.PagesContainer;
    public string AssetsContainer { get; set; } = PipelineNames.AssetsContainer;
    public string ArticlesTable { get; set; } = PipelineNames.ArticlesTable;
    public string DraftStatusTable { get; set; } = PipelineNames.DraftStatusTable;

    /// <summary>
    /// Longest a reconcile pass waits for one draft (seconds) before going on to the next; the slow publish goes on
    /// in the background and commits (or not) as any concurrent publish would. One pathological draft cannot
    /// starve the others.
    /// </summary>
    public int ReconcileDraftTimeoutSeconds { get; set; } = 120;

    /// <summary>
    /// Seconds a page blob no draft row points to is kept before reconcile deletes it (default one hour): a publish
    /// in flight writes its page before it commits, and that page must not vanish under it. Tests shorten it.
    /// </summary>
    public int OrphanPageGraceSeconds { get; set; } = 3600;

    /// <summary>Retries of one storage call inside the SDK before the fault surfaces (and the trigger retries the event).</summary>
    public int StorageMaxRetries { get; set; } = 5;

    /// <summary>Cache-Control stored on every page blob (pages are replaced under the same URL, so keep it short).</summary>
    public string PageCacheControl { get; set; } = "public, max-age=60";

    /// <summary>
    /// Seconds a listing page stays in the in-process listing cache. A publish in this process drops it at once;
    /// this bounds how stale it can be after a publish on another instance. 0 turns the cache off.
    /// </summary>
    public int ListingCacheSeconds { get; set; } = 5;
}
