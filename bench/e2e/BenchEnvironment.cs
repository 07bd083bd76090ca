using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Emulator;
using Pipeline.Publishing.Configuration;
using Pipeline.Publishing.DependencyInjection;
using Pipeline.Publishing.Stores;
using Pipeline.Storage.Azure.DependencyInjection;
using Pipeline.TestSupport;

namespace Pipeline.Bench.E2e;

/// <summary>An in-memory Azurite, the local host on it, and the storage layer as the host sees it.</summary>
public sealed class BenchEnvironment : IAsyncDisposable
{
    private readonly AzuriteEmulator _azurite;
    private readonly ServiceProvider _services;

    private BenchEnvironment(AzuriteEmulator azurite, LocalHostProcess host, ServiceProvider services)
    {
        _azurite = azurite;
        Host = host;
        _services = services;
        Http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public LocalHostProcess Host { get; }

    public HttpClient Http { get; }

    public string ConnectionString => _azurite.ConnectionString;

    public IArticleIndex Index => _services.GetRequiredService<IArticleIndex>();

    public BlobContainerClient Drafts => new(_azurite.ConnectionString, PipelineNames.DraftsContainer);

    public static async Task<BenchEnvironment> StartAsync(string hostDll, CancellationToken cancellationToken)
    {
        var azurite = await AzuriteEmulator.StartAsync(new AzuriteOptions(), cancellationToken: cancellationToken);
        var host = await LocalHostProcess.StartAsync(
            new LocalHostStart(new Dictionary<string, string?>
            {
                [PipelineNames.StorageConnectionSetting] = azurite.ConnectionString,
                ["LocalHost:HostId"] = "bench-" + Guid.NewGuid().ToString("N")[..12],
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Function"] = "Warning",
                ["environment"] = "Production",
            })
            { HostAssembly = hostDll },
            cancellationToken);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [PipelineNames.StorageConnectionSetting] = azurite.ConnectionString,
                // The bench reads storage itself to measure the query; the host keeps its own cache.
                [$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.ListingCacheSeconds)}"] = "0",
            })
            .Build();
        var services = new ServiceCollection().AddPipelinePublishing(configuration).AddPipelineAzureStorage(configuration).BuildServiceProvider();
        return new BenchEnvironment(azurite, host, services);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _services.DisposeAsync();
        await Host.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
