using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Web.Site;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /</c>: the reader's index page, newest first.</summary>
public sealed class SiteIndex(IndexPageHandler handler)
{
    [Function(nameof(SiteIndex))]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = FunctionRoutes.Index)] HttpRequest request) =>
        handler.HandleAsync(request);
}
