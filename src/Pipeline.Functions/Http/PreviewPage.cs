using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Previews;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /preview/{token}</c>: a signed preview link's draft, rendered now; 404 for any token that is not valid.</summary>
public sealed class PreviewPage(PreviewPageHandler handler)
{
    [Function(nameof(PreviewPage))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SiteRoutes.Preview)] HttpRequest request,
        string token) =>
        handler.HandleAsync(request, token);
}
