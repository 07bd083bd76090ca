using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Pipeline.Functions;
using Pipeline.Functions.Http;
using Pipeline.Publishing.DependencyInjection;
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

builder.Build().Run();
