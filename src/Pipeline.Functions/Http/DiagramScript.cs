using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Rendering.Configuration;
using Pipeline.Web.Static;

namespace Pipeline.Functions.Http;

/// <summary><c>GET /static/mermaid-{version}.min.js</c>: the diagram script pages with a <c>```mermaid</c> block load.</summary>
public sealed class DiagramScript(DiagramScriptHandler handler)
{
    [Function(nameof(DiagramScript))]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SiteRoutes.MermaidScript)] HttpRequest request) =>
        handler.Handle(request);
}
