using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Assets;
using Pipeline.Publishing.Api;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Web.Http;

namespace Pipeline.Web.Assets;

/// <summary>
/// <c>GET /api/assets</c>: every asset's state beside <c>/api/drafts</c>, so an author sees why an image did not
/// publish ("'fig.png' is 30000×30000 (900.0 megapixels); the limit is 50 megapixels") and which drafts use it. Files of
/// the drafts container that are assets and have no row yet are <c>pending</c>. Three listings: asset rows,
/// dependency rows and the container.
/// </summary>
public sealed class ListAssetsHandler(IAssetIndex index, IDraftStore sources, IOptions<PipelineWebOptions> options)
{
    /// <summary>The same word <c>/api/drafts</c> uses for a file seen in the container and not yet processed.</summary>
    public const string PendingState = Drafts.ListDraftsHandler.PendingState;

    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        var users = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var use in index.ListUsesAsync(cancellationToken))
        {
            if (!users.TryGetValue(use.AssetPath, out var drafts))
            {
                users[use.AssetPath] = drafts = [];
            }

            drafts.Add(use.DraftPath);
        }

        var views = new SortedDictionary<string, AssetStateView>(StringComparer.Ordinal);
        await foreach (var record in index.ListAsync(cancellationToken))
        {
            views[record.Path] = View(record, users.GetValueOrDefault(record.Path) ?? []);
        }

        await foreach (var version in sources.ListAsync(cancellationToken))
        {
            if (AssetClassifier.IsAsset(version.Path) && !views.ContainsKey(version.Path))
            {
                views[version.Path] = new AssetStateView
                {
                    Path = version.Path, State = PendingState, UsedBy = users.GetValueOrDefault(version.Path) ?? [], Updated = version.LastModified,
                };
            }
        }

        var body = ApiJson.Serialize(new AssetListView([.. views.Values]));
        return new ValidatedResult(body, ContentTypes.Json, EntityTags.ForContent(body), options.Value.DraftsCacheControl);
    }

    private static AssetStateView View(AssetRecord record, IReadOnlyList<string> usedBy) => new()
    {
        Path = record.Path,
        State = record.State.ToString().ToLowerInvariant(),
        Url = record.IsLive ? AssetAddress.Url(record.Hash!, record.FileName!) : null,
        ContentType = record.ContentType,
        Width = record.Width,
        Height = record.Height,
        Variants = record.IsLive ? [.. record.Variants.Select(variant => AssetAddress.Url(record.Hash!, variant.FileName))] : [],
        Error = record.ErrorKind is { } kind ? new DraftErrorView(kind, record.Message ?? "", null) : null,
        UsedBy = usedBy,
        Updated = record.Updated,
    };
}
