using Pipeline.Publishing.Stores;

namespace Pipeline.Publishing;

/// <summary>
/// Keeps the readable status row of a draft in step with what the publisher did. Repeats of the same failure
/// on the same version count up <see cref="DraftStatus.Attempts"/> and keep <see cref="DraftStatus.FirstSeen"/>.
/// </summary>
internal sealed class StatusRecorder(IDraftStatusStore statuses, TimeProvider clock)
{
    /// <summary>Records a non-failure state; writes only when the row would change, so duplicate events stay write-free.</summary>
    public async Task SetStateAsync(string path, DraftState state, string etag, string? slug, DateTimeOffset? dueAt, string rendererVersion, CancellationToken cancellationToken)
    {
        var existing = await statuses.GetAsync(path, cancellationToken);
        if (existing is not null && existing.State == state && existing.ETag == etag && existing.Slug == slug && existing.DueAt == dueAt
            && existing.RendererVersion == rendererVersion)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await statuses.SetAsync(new DraftStatus
        {
            Path = path,
            State = state,
            ETag = etag,
            Slug = slug,
            LiveSlug = state == DraftState.Published ? slug : null,
            DueAt = dueAt,
            RendererVersion = rendererVersion,
            FirstSeen = now,
            LastSeen = now,
            Attempts = 1,
        }, cancellationToken);
    }

    public async Task SetErrorAsync(
        string path, DraftState state, string? etag, string errorKind, string message, int? line, string? liveSlug, string? rendererVersion,
        CancellationToken cancellationToken)
    {
        var existing = await statuses.GetAsync(path, cancellationToken);
        var now = clock.GetUtcNow();
        var repeat = existing is not null && existing.State == state && existing.ETag == etag && existing.ErrorKind == errorKind;
        await statuses.SetAsync(new DraftStatus
        {
            Path = path,
            State = state,
            ETag = etag,
            Slug = existing?.Slug,
            LiveSlug = liveSlug,
            RendererVersion = rendererVersion ?? existing?.RendererVersion,
            ErrorKind = errorKind,
            Message = message,
            Line = line,
            FirstSeen = repeat ? existing!.FirstSeen : now,
            LastSeen = now,
            Attempts = repeat ? existing!.Attempts + 1 : 1,
        }, cancellationToken);
    }

    public Task ForgetAsync(string path, CancellationToken cancellationToken) => statuses.DeleteAsync(path, cancellationToken);
}
