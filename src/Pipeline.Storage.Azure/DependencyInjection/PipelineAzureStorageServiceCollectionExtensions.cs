using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pipeline.Publishing.Configuration;
using Pipeline.Publishing.Stores;
using Pipeline.Storage.Azure.Events;

namespace Pipeline.Storage.Azure.DependencyInjection;

/// <summary>
/// Azure Blob and Table storage behind the publishing stores: one client of each per process (as the SDK recommends)
/// and the stores built on them. Call after <c>AddPipelinePublishing</c>.
/// </summary>
public static class PipelineAzureStorageServiceCollectionExtensions
{
    public static IServiceCollection AddPipelineAzureStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => StorageConnection.From(configuration));
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageConnection>().CreateBlobServiceClient(Options(sp)));
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageConnection>().CreateTableServiceClient(Options(sp)));
        services.TryAddSingleton<IDraftStore>(sp => new AzureDraftStore(Blobs(sp).GetBlobContainerClient(Options(sp).DraftsContainer)));
        services.TryAddSingleton<IPageStore>(sp => new AzurePageStore(Blobs(sp).GetBlobContainerClient(Options(sp).PagesContainer), Options(sp).PageCacheControl));
        services.TryAddSingleton<IArticleIndex>(sp => CachedArticleIndex.Wrap(
            new AzureArticleIndex(Tables(sp).GetTableClient(Options(sp).ArticlesTable)),
            TimeSpan.FromSeconds(Options(sp).ListingCacheSeconds),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IAssetStore>(sp => new AzureAssetStore(Blobs(sp).GetBlobContainerClient(Options(sp).AssetsContainer)));
        services.TryAddSingleton<IAssetIndex>(sp => new AzureAssetIndex(Tables(sp).GetTableClient(Options(sp).ArticlesTable)));
        services.TryAddSingleton<IDraftStatusStore>(sp => new AzureDraftStatusStore(Tables(sp).GetTableClient(Options(sp).DraftStatusTable)));
        services.TryAddSingleton<IPipelineStorageInitializer, PipelineStorageInitializer>();
        services.TryAddSingleton<IStorageFaults, AzureStorageFaults>();
        services.TryAddSingleton<PoisonedDraftRecorder>();
        return services;
    }

    private static PipelineOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<PipelineOptions>>().Value;

    private static BlobServiceClient Blobs(IServiceProvider services) => services.GetRequiredService<BlobServiceClient>();

    private static TableServiceClient Tables(IServiceProvider services) => services.GetRequiredService<TableServiceClient>();
}
