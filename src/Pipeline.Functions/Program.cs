using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Functions;
using Pipeline.Functions.Http;
using Pipeline.Publishing.DependencyInjection;
using Pipeline.Publishing.Hosting;
using Pipeline.Storage.Azure.DependencyInjection;
using Pipeline.Web;
using Pipeline.Web.Site;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// Registered after the ASP.NET Core integration, so it runs inside it and answers storage outages with 503.
builder.UseMiddleware<StorageUnavailableFunctionMiddleware>();

// Worker logs travel to the host over the worker protocol, tagged with their invocation; the host
// (host.json telemetryMode OpenTelemetry) exports them. No worker-side exporter is configured: with one,
// logs would lose that per-invocation tag on the protocol.

// The same registration as the local host: one core, one set of HTTP handlers (API, pages, reader site).
builder.Services.AddPipelinePublishing(builder.Configuration).AddPipelineAzureStorage(builder.Configuration);
builder.Services.AddPipelineWeb(builder.Configuration);
builder.Services.AddPipelineSite();
builder.Services.AddFunctionsApp();

var app = builder.Build();

// Warm the renderer while the host initialises the worker and loads its functions: the first publish after a cold
// start then finds it built (docs/benchmarks.md, cold start). Never awaited: it only fills caches.
_ = RendererWarmUp.Start(app.Services, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Pipeline.Functions.Startup"));
app.Run();
