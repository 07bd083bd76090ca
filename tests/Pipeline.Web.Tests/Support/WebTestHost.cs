using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Publishing;
using Pipeline.Publishing.Configuration;
using Pipeline.Publishing.DependencyInjection;
using Pipeline.Rendering;
using Pipeline.Storage.Azure;
using Pipeline.Storage.Azure.DependencyInjection;
using Pipeline.Storage.Azure.Upload;
using Pipeline.TestSupport;
using Pipeline.Web.Site;

namespace Pipeline.Web.Tests.Support;

/// <summary>
/// The HTTP API on an in-memory TestServer over real storage (this test's own containers and tables on the shared
/// Azurite), wired exactly as a host wires it: AddPipelinePublishing + AddPipelineWeb + MapPipelineApi. Drafts are
/// published through the real publisher, as the blob trigger would.
/// </summary>
internal sealed class WebTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebTestHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="configureServices">Runs after the pipeline's registrations, e.g. to decorate a store.</param>
    /// <param name="withSite">Also the reader's site (index and tag pages, feeds), as the local host maps it.</param>
    public static async Task<WebTestHost> StartAsync(
        AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null, bool withSite = false)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(azurite.CreateStorage().Settings);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<IArticleRenderer, HeaderLineRenderer>();
        builder.Services.AddPipelinePublishing(builder.Configuration).AddPipelineAzureStorage(builder.Configuration);
        builder.Services.AddPipelineWeb(builder.Configuration);
        if (withSite)
        {
            builder.Services.AddPipelineSite();
        }

        configureServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapPipelineApi();
        if (withSite)
        {
            app.MapPipelineSite();
        }

        await app.Services.GetRequiredService<IPipelineStorageInitializer>().EnsureCreatedAsync();
        await app.StartAsync();
        return new WebTestHost(app);
    }

    /// <summary>Uploads a draft without publishing it (as if its blob event had not been handled yet).</summary>
    public Task UploadAsync(string path, string content) =>
        Drafts.GetBlobClient(path).UploadAsync(BinaryData.FromString(content), overwrite: true);

    /// <summary>The uploader <c>pipeline upload</c> uses, over this host's drafts container.</summary>
    public DraftUploader Uploader(UploadMetadata metadata) => new(Drafts, metadata);

    /// <summary>Publishes a draft already in the container, as its blob trigger would.</summary>
    public Task<PublishResult> PublishUploadedAsync(string path) =>
        _app.Services.GetRequiredService<IDraftPublisher>().PublishAsync(path);

    /// <summary>Uploads a draft and publishes it as the blob trigger would.</summary>
    public async Task<PublishResult> PublishAsync(string path, string content)
    {
        await UploadAsync(path, content);
        return await _app.Services.GetRequiredService<IDraftPublisher>().PublishAsync(path);
    }

    /// <summary>Uploads any file of the drafts container (an asset) and hands it to the trigger's publisher.</summary>
    public async Task<PublishResult> PublishAsync(string path, byte[] content)
    {
        await Drafts.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(content), overwrite: true);
        return await _app.Services.GetRequiredService<IDraftPublisher>().PublishAsync(path);
    }

    /// <summary>Deletes a draft and runs reconcile, which unpublishes what no longer has a draft.</summary>
    public async Task DeleteAsync(string path)
    {
        await Drafts.GetBlobClient(path).DeleteAsync();
        await _app.Services.GetRequiredService<IReconciler>().ReconcileAsync();
    }

    private BlobContainerClient Drafts =>
        _app.Services.GetRequiredService<BlobServiceClient>()
            .GetBlobContainerClient(_app.Services.GetRequiredService<IOptions<PipelineOptions>>().Value.DraftsContainer);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
