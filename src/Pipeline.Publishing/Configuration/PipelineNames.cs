namespace Pipeline.Publishing.Configuration;

/// <summary>
/// The one place for every container, table, queue and setting name. Hosts, tests and the Bicep
/// consistency test read these; nothing else spells a storage name.
/// </summary>
public static class PipelineNames
{
    /// <summary>Name of the app setting (or connection-string entry) that holds the storage connection.</summary>
    public const string StorageConnectionSetting = "AzureWebJobsStorage";

    /// <summary>App setting naming the drafts container; trigger paths use <c>%DraftsContainer%</c>.</summary>
    public const string DraftsContainerSetting = "DraftsContainer";

    /// <summary>App setting holding the reconcile timer's schedule (a TimeSpan such as <c>00:00:30</c>, or CRON); triggers use <c>%ReconcileSchedule%</c>.</summary>
    public const string ReconcileScheduleSetting = "ReconcileSchedule";

    /// <summary>
    /// App setting holding the base64 key (at least 32 bytes) that signs listing cursors, shared by every instance;
    /// the environment-variable spelling of <c>Pipeline:Web:CursorKey</c> (<c>PipelineWebOptions.CursorKey</c>).
    /// </summary>
    public const string CursorKeySetting = "Pipeline__Web__CursorKey";

    /// <summary>
    /// App setting (and environment variable for <c>pipeline preview-link</c>) holding the base64 key that signs
    /// preview links; the environment-variable spelling of <c>Pipeline:Web:PreviewKey</c>. Unset: preview links are off.
    /// </summary>
    public const string PreviewKeySetting = "Pipeline__Web__PreviewKey";

    /// <summary>
    /// App setting holding the site's absolute base URL (canonical links, feeds, <c>og:image</c>); the
    /// environment-variable spelling of <c>Pipeline:Site:BaseUrl</c> (<c>SiteOptions.BaseUrl</c>).
    /// </summary>
    public const string SiteBaseUrlSetting = "Pipeline__Site__BaseUrl";

    public const string DraftsContainer = "drafts";
    public const string PagesContainer = "pages";

    /// <summary>
    /// Private container of published assets: <c>{hash}/{file}</c> and its variants, written once; readers get them
    /// through the app's <c>/assets/{hash}/{file}</c> (docs/architecture.md, "Assets").
    /// </summary>
    public const string AssetsContainer = "assets";
    public const string ArticlesTable = "articles";
    public const string DraftStatusTable = "draftstatus";

    /// <summary>Storage queue that Event Grid fills with <c>BlobDeleted</c> events for the drafts container.</summary>
    public const string DeletionsQueue = "draft-deletions";

    /// <summary>Queue the blob-trigger engine moves a draft to after its last failed attempt.</summary>
    public const string BlobTriggerPoisonQueue = "webjobs-blobtrigger-poison";

    /// <summary>Every five minutes: the value hosts and infrastructure set when nothing else is chosen.</summary>
    public const string DefaultReconcileSchedule = "0 */5 * * * *";

    /// <summary>Container Event Grid dead-letters undeliverable events to.</summary>
    public const string DeadLetterContainer = "eventgrid-deadletter";

    /// <summary>Configuration section bound to <see cref="PipelineOptions"/>.</summary>
    public const string OptionsSection = Rendering.Configuration.RenderingOptions.Section;
}
