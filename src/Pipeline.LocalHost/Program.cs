using Pipeline.LocalHost;
using Pipeline.LocalHost.Samples;
using Pipeline.LocalHost.Storage;
using Pipeline.LocalHost.Triggers;
using Pipeline.Publishing.DependencyInjection;
using Pipeline.Publishing.Hosting;
using Pipeline.Storage.Azure;
using Pipeline.Storage.Azure.DependencyInjection;
using Pipeline.Web;
using Pipeline.Web.Http;
using Pipeline.Web.Site;

// The whole pipeline on one machine: storage (Azurite unless configured), the WebJobs trigger engine
// (blob → publish, timer → reconcile, poison queue → record) and Kestrel serving the HTTP API.
var arguments = LocalHostArguments.Parse(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = arguments.HostArguments,
    ContentRootPath = AppContext.BaseDirectory, // appsettings.json next to the build, whatever the working directory
});

// 1. Storage: the configured account, or an Azurite started (and later stopped) by this process; it boots
//    in the background while the host is built.
using var startupLogs = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
var startupLog = startupLogs.CreateLogger("Pipeline.LocalHost");
await using var storage = LocalStorage.Start(builder.Configuration, startupLog);

// 2. The pipeline: rendering, storage, publisher, reconciler, HTTP handlers.
builder.Services.AddPipelinePublishing(builder.Configuration).AddPipelineAzureStorage(builder.Configuration);
builder.Services.AddPipelineWeb(builder.Configuration);
builder.Services.AddPipelineSite();

// 3. The trigger engine, with the settings its attributes resolve by name: a host of its own, started once Kestrel
//    listens and restarted after a storage outage (TriggerSupervisor).
builder.Configuration.ApplyTriggerDefaults();
builder.Services.AddSingleton<StorageProbe>();
builder.Services.AddHostedService<TriggerSupervisor>();

// 4. Optional: upload the bundled samples once the host listens, then print their URLs.
if (arguments.PublishSamples)
{
    builder.Services.AddSingleton(SampleSource.From(arguments.SamplesPath));
    builder.Services.AddHostedService<SamplePublisher>();
}

// 5. HTTP: the API and article pages, and the reader's site (index, tag pages, feeds, sitemap, robots.txt).
var app = builder.Build();
app.UseMiddleware<StorageUnavailableMiddleware>();
app.MapPipelineApi();
app.MapPipelineSite();

// 6. Warm the renderer while storage comes up; containers and tables exist before the first trigger listens.
var warmUp = RendererWarmUp.Start(app.Services, startupLog);
await storage.WaitUntilReadyAsync();
await app.Services.GetRequiredService<IPipelineStorageInitializer>().EnsureCreatedAsync();
await warmUp;

// 7. Run until Ctrl+C / SIGTERM; disposing `storage` then stops the Azurite started above.
await app.RunAsync();
