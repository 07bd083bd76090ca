using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Assets;
using Pipeline.Publishing.Api;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Http;

namespace Pipeline.Web.Drafts;

/// <summary>
/// <c>GET /api/drafts</c>: every draft's state, so an author sees why a draft did not publish. Drafts in the container
/// that have no status yet are reported as <c>pending</c> (assets are listed by <c>/api/assets</c>); status rows of drafts already deleted stay until reconcile
/// clears them.
/// </summary>
public sealed class ListDraftsHandler(IDraftStore drafts, IDraftStatusStore statuses, IOptions<PipelineWebOptions> options)
{
    public const string PendingState = "pending";

    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        var views = new SortedDictionary<string, DraftStateView>(StringComparer.Ordinal);
        await foreach (var status in statuses.ListAsync(cancellationToken))
        {
            views[status.Path] = View(status);
        }

        await foreach (var version in drafts.ListAsync(cancellationToken))
        {
            if (!views.ContainsKey(version.Path) && !AssetClassifier.IsAsset(version.Path))
            {
                views[version.Path] = new DraftStateView { Path = version.Path, State = PendingState, ETag = version.ETag, LastSeen = version.LastModified };
            }
        }

        var body = ApiJson.Serialize(new DraftListView([.. views.Values]));
        return new ValidatedResult(body, ContentTypes.Json, EntityTags.ForContent(body), options.Value.DraftsCacheControl);
    }

    private static DraftStateView View(DraftStatus status)
    {
        var liveSlug = status.State == DraftState.Published ? status.Slug ?? status.LiveSlug : status.LiveSlug;
        return new DraftStateView
        {
            Path = status.Path,
            State = status.State.ToString().ToLowerInvariant(),
            Slug = status.Slug,
            Url = liveSlug is null ? null : SitePaths.Article(liveSlug),
            ETag = status.ETag,
            DueAt = status.DueAt,
            Error = status.ErrorKind is { } kind ? new DraftErrorView(kind.ToString(), status.Message ?? "", status.Line) : null,
            FirstSeen = status.FirstSeen,
            LastSeen = status.LastSeen,
            Attempts = status.Attempts,
            Warnings = [.. status.Warnings.Select(warning => new DraftWarningView(warning.Line, warning.Message))],
            OmittedWarnings = status.OmittedWarnings > 0 ? status.OmittedWarnings : null,
        };
    }
}
