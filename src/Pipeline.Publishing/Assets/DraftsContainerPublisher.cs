using Pipeline.Assets;

namespace Pipeline.Publishing.Assets;

/// <summary>
/// What the hosts' blob trigger, deletion queue, poison queue and the reconciler call for any path of the drafts
/// container: drafts go to <see cref="DraftPublisher"/>, every other file (<see cref="AssetClassifier.IsAsset"/>) to
/// <see cref="IAssetPublisher"/>. One trigger serves both, so the two can never watch different containers.
/// An asset's outcome is reported in the draft publisher's terms (a deleted asset is <see cref="PublishOutcome.Unpublished"/>).
/// </summary>
internal sealed class DraftsContainerPublisher(DraftPublisher drafts, IAssetPublisher assets) : IDraftPublisher
{
    public async Task<PublishResult> PublishAsync(string draftPath, CancellationToken cancellationToken = default) =>
        AssetClassifier.IsAsset(draftPath)
            ? Report(await assets.PublishAsync(draftPath, cancellationToken))
            : await drafts.PublishAsync(draftPath, cancellationToken);

    public Task<PublishResult> RefreshAsync(string draftPath, CancellationToken cancellationToken = default) =>
        drafts.RefreshAsync(draftPath, cancellationToken);

    public async Task<PublishResult> UnpublishAsync(string draftPath, CancellationToken cancellationToken = default) =>
        AssetClassifier.IsAsset(draftPath)
            ? Report(await assets.DeleteAsync(draftPath, cancellationToken))
            : await drafts.UnpublishAsync(draftPath, cancellationToken);

    public Task RecordPoisonAsync(string draftPath, string? etag, CancellationToken cancellationToken = default) =>
        AssetClassifier.IsAsset(draftPath)
            ? assets.RecordPoisonAsync(draftPath, etag, cancellationToken)
            : drafts.RecordPoisonAsync(draftPath, etag, cancellationToken);

    private static PublishResult Report(AssetPublishResult result) => new(
        result.AssetPath,
        result.Outcome switch
        {
            AssetOutcome.Published => PublishOutcome.Published,
            AssetOutcome.Unchanged => PublishOutcome.Unchanged,
            AssetOutcome.Failed => PublishOutcome.Failed,
            AssetOutcome.Deleted => PublishOutcome.Unpublished,
            _ => PublishOutcome.Missing,
        },
        Error: result.Error);
}
