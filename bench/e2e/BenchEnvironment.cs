using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Configuration;
using Pipeline.Core.DependencyInjection;
using Pipeline.Core.Storage;
using Pipeline.Emulator;

namespace Pipeline.Bench.E2e;

/// <summary>An in-memory Azurite, the local host on it, and the storage layer as the host sees it.</summary>
public sealed class BenchEnvironment : IAsyncDisposable
{
    private readonly AzuriteEmulator azurite;
    private readonly ServiceProvider services;

    private BenchEnvironment(AzuriteEmulator azurite, LocalHostProcess host, ServiceProvider services)
    {
        this.azurite = azurite;
        Host = host;
        this.services = services;
        Http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public LocalHostProcess Host { get; }

    public HttpClient Http { get; }

    public string ConnectionString => azurite.ConnectionString;

    public IArticleIndex Index => services.GetRequiredService<IArticleIndex>();

    public BlobContainerClient Drafts => new(azurite.ConnectionString, PipelineNames.DraftsContainer);

    public static async Task<BenchEnvironment> StartAsync(string hostDll, CancellationToken cancellationToken)
    {
        var azurite = await AzuriteEmulator.StartAsync(new AzuriteOptions(), cancellationToken: cancellationToken);
        var settings = new Dictionary<string, string>();
        var host = await LocalHostProcess.StartAsync(hostDll, azurite.ConnectionString, settings, cancellationToken);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [PipelineNames.StorageConnectionSetting] = azurite.ConnectionString,
                // The bench reads storage itself to measure the query; the host keeps its own cache.
                [$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.ListingCacheSeconds)}"] = "0",
            })
            .Build();
        var services = new ServiceCollection().AddPipelineCore(configuration).BuildServiceProvider();
        return new BenchEnvironment(azurite, host, services);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await services.DisposeAsync();
        await Host.DisposeAsync();
        await azurite.DisposeAsync();
    }
}
