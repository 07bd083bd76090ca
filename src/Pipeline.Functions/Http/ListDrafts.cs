using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Drafts;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /api/drafts</c>: every draft's state and errors — for authors, so it needs a function key.</summary>
public sealed class ListDrafts(ListDraftsHandler handler)
{
    [Function(nameof(ListDrafts))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = SiteRoutes.DraftsApi)] HttpRequest request) =>
        handler.HandleAsync(request);
}
