namespace Pipeline.Core.Configuration;

/// <summary>Settings shared by every host, bound from the <c>Pipeline</c> configuration section.</summary>
public sealed class PipelineOptions
{
    public string DraftsContainer { get; set; } = PipelineNames.DraftsContainer;
    public string PagesContainer { get; set; } = PipelineNames.PagesContainer;
    public string ArticlesTable { get; set; } = PipelineNames.ArticlesTable;
    public string DraftStatusTable { get; set; } = PipelineNames.DraftStatusTable;

    /// <summary>Largest draft accepted, in bytes (default 5 MiB).</summary>
    public long MaxDraftBytes { get; set; } = 5 * 1024 * 1024;

    public SiteOptions Site { get; set; } = new();
}
