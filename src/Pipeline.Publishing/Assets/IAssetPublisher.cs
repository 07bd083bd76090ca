namespace Pipeline.Publishing.Assets;

/// <summary>
/// Applies one event for an asset (a non-draft file in the drafts container) to the site: publishes it under its
/// content hash, records a refusal with its reason, and re-renders every draft that uses it. Transient storage
/// faults throw so the trigger retries; permanent problems are recorded, never thrown.
/// </summary>
public interface IAssetPublisher
{
    /// <summary>The asset was created or overwritten: publish its current version and re-render its users.</summary>
    Task<AssetPublishResult> PublishAsync(string assetPath, CancellationToken cancellationToken = default);

    /// <summary>
    /// The asset was deleted: a live copy stays published and shown (the row becomes <c>Deleted</c>) and its users re-render
    /// with a warning; a row that never had a live copy is forgotten.
    /// </summary>
    Task<AssetPublishResult> DeleteAsync(string assetPath, CancellationToken cancellationToken = default);

    /// <summary>The trigger engine gave up on the asset: mark its row poisoned so reconcile retries it.</summary>
    Task RecordPoisonAsync(string assetPath, string? etag, CancellationToken cancellationToken = default);
}
