using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Functions.HostHarness;
using Pipeline.Publishing.Configuration;
using Pipeline.TestSupport;

namespace Pipeline.Functions.Tests;

/// <summary>
/// One test's world: its own slice of Azurite, the real Functions worker process configured for it through
/// app settings (environment variables, as the host passes them), and the test's own view of the storage.
/// </summary>
internal sealed class WorkerSession : IAsyncDisposable
{
    private WorkerSession(TestStorage storage, ServiceProvider services, FunctionsHost host)
    {
        Storage = storage;
        Services = services;
        Host = host;
    }

    /// <summary>The preview-link key the worker is configured with, so a test can sign links as <c>pipeline preview-link</c> does.</summary>
    public static byte[] PreviewKey { get; } = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    public TestStorage Storage { get; }

    /// <summary>The test's own services over the same storage, for arranging and checking state.</summary>
    public ServiceProvider Services { get; }

    public FunctionsHost Host { get; }

    public BlobContainerClient Drafts => Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(Storage.DraftsContainer);

    public static async Task<WorkerSession> StartAsync(AzuriteFixture azurite)
    {
        var storage = azurite.CreateStorage();
        var services = await storage.StartServicesAsync();
        try
        {
            var host = await FunctionsHost.StartAsync(new FunctionsHostOptions
            {
                AppDirectory = FunctionsApp.Directory,
                AppSettings = AppSettings(storage),
            });
            return new WorkerSession(storage, services, host);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    public async Task UploadAsync(string path, string text) =>
        await Drafts.GetBlobClient(path).UploadAsync(BinaryData.FromBytes(Encoding.UTF8.GetBytes(text)), overwrite: true);

    /// <summary>Uploads a small Markdown draft whose slug (from front matter and file name alike) is <paramref name="slug"/>.</summary>
    public async Task<string> UploadArticleAsync(string slug)
    {
        var path = slug + ".md";
        await UploadAsync(path, $"---\ntitle: {slug}\nslug: {slug}\ndate: 2026-11-01T09:00:00Z\n---\n{slug}の本文です。\n");
        return path;
    }

    /// <summary>What the host sends when Event Grid reports the draft blob created or overwritten.</summary>
    public Task<InvocationResult> PublishAsync(string path) =>
        Host.InvokeAsync("PublishDraft", HostInputs.Blob(PipelineNames.StorageConnectionSetting, Storage.DraftsContainer, path));

    /// <summary>What the host sends when a <c>BlobDeleted</c> event arrives on the deletions queue.</summary>
    public Task<InvocationResult> UnpublishAsync(string path, string? container = null) =>
        Host.InvokeAsync("UnpublishDraft", HostInputs.Text(BlobDeletedEvent(container ?? Storage.DraftsContainer, path)));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Services.DisposeAsync();
    }

    /// <summary>The Event Grid schema event a storage account emits for a deleted blob.</summary>
    public static string BlobDeletedEvent(string container, string path) => System.Text.Json.JsonSerializer.Serialize(new
    {
        id = Guid.NewGuid().ToString(),
        topic = "/subscriptions/0/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/devstoreaccount1",
        subject = $"/blobServices/default/containers/{container}/blobs/{path}",
        eventType = "Microsoft.Storage.BlobDeleted",
        eventTime = DateTimeOffset.UtcNow,
        dataVersion = "",
        metadataVersion = "1",
        data = new
        {
            api = "DeleteBlob",
            blobType = "BlockBlob",
            url = $"https://devstoreaccount1.blob.core.windows.net/{container}/{string.Join('/', path.Split('/').Select(Uri.EscapeDataString))}",
        },
    });

    /// <summary>The storage slice's settings as the environment variables the host would set ("Section__Key").</summary>
    internal static Dictionary<string, string> AppSettings(TestStorage storage) => storage.FunctionsAppSettings(PreviewKey);
}
