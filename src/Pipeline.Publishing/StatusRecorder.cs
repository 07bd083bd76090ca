using Pipeline.Publishing.Planning;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;

namespace Pipeline.Publishing;

/// <summary>
/// Keeps the readable status row of a draft in step with what the publisher did. Repeats of the same failure
/// on the same version count up <see cref="DraftStatus.Attempts"/> and keep <see cref="DraftStatus.FirstSeen"/>.
/// </summary>
internal sealed class StatusRecorder(IDraftStatusStore statuses, TimeProvider clock)
{
    /// <summary>
    /// Records a non-failure state; writes only when the row would change, so duplicate events stay write-free.
    /// <paramref name="warnings"/>: the render's, or null when the version was not rendered (its bytes decided), which
    /// keeps the row's — the same bytes under the same renderer raise the same warnings.
    /// </summary>
    public async Task SetStateAsync(
        string path, DraftState state, string etag, string? slug, DateTimeOffset? dueAt, string rendererVersion, IReadOnlyList<RenderWarning>? warnings,
        CancellationToken cancellationToken)
    {
        var existing = await statuses.GetAsync(path, cancellationToken);
        var fitted = warnings is not null ? StatusWarnings.Fit(warnings) : existing is null ? StatusWarnings.None : StatusWarnings.Of(existing);
        if (existing is not null && existing.State == state && existing.ETag == etag && existing.Slug == slug && existing.DueAt == dueAt
            && existing.RendererVersion == rendererVersion && StatusWarnings.Of(existing) == fitted)
        {
            return;
        }

        await WriteStateAsync(path, state, etag, slug, dueAt, rendererVersion, fitted, cancellationToken);
    }

    /// <summary>Records a non-failure state and the render's warnings without reading the row first: for callers that know it changed.</summary>
    public Task WriteStateAsync(
        string path, DraftState state, string etag, string? slug, DateTimeOffset? dueAt, string rendererVersion, IReadOnlyList<RenderWarning> warnings,
        CancellationToken cancellationToken) =>
        WriteStateAsync(path, state, etag, slug, dueAt, rendererVersion, StatusWarnings.Fit(warnings), cancellationToken);

    private async Task WriteStateAsync(
        string path, DraftState state, string etag, string? slug, DateTimeOffset? dueAt, string rendererVersion, StatusWarnings warnings,
        CancellationToken cancellationToken)
    {
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
            Warnings = warnings.Kept,
            OmittedWarnings = warnings.Omitted,
        }, cancellationToken);
    }

    /// <summary>
    /// Records a failure of the version <paramref name="etag"/>. <paramref name="slug"/> is the slug it claimed when
    /// known (for a slug conflict, the slug it waits for); the message is cut to <see cref="DraftStatus.MaxMessageLength"/>.
    /// </summary>
    public async Task SetErrorAsync(
        string path, DraftState state, string? etag, DraftError error, string? liveSlug, string? rendererVersion, CancellationToken cancellationToken,
        string? slug = null)
    {
        var existing = await statuses.GetAsync(path, cancellationToken);
        var now = clock.GetUtcNow();
        var repeat = existing is not null && existing.State == state && existing.ETag == etag && existing.ErrorKind == error.Kind;
        await statuses.SetAsync(new DraftStatus
        {
            Path = path,
            State = state,
            ETag = etag,
            Slug = slug ?? existing?.Slug,
            LiveSlug = liveSlug,
            RendererVersion = rendererVersion ?? existing?.RendererVersion,
            ErrorKind = error.Kind,
            Message = error.Message.Length > DraftStatus.MaxMessageLength ? error.Message[..DraftStatus.MaxMessageLength] + "…" : error.Message,
            Line = error.Line,
            FirstSeen = repeat ? existing!.FirstSeen : now,
            LastSeen = now,
            Attempts = repeat ? existing!.Attempts + 1 : 1,
        }, cancellationToken);
    }

    /// <summary>Paths of the drafts waiting for <paramref name="slug"/> (see <see cref="IDraftStatusStore.ListWaitingForSlugAsync"/>), in path order.</summary>
    public async Task<List<string>> WaitingForSlugAsync(string slug, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        await foreach (var waiting in statuses.ListWaitingForSlugAsync(slug, cancellationToken))
        {
            paths.Add(waiting.Path);
        }

        return paths;
    }

    public Task ForgetAsync(string path, CancellationToken cancellationToken) => statuses.DeleteAsync(path, cancellationToken);
}
