using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Assets;
using Pipeline.Publishing.Assets;
using Pipeline.Publishing.Configuration;
using Pipeline.Rendering.DependencyInjection;

namespace Pipeline.Publishing.DependencyInjection;

/// <summary>
/// The publishing core every host shares: options, the renderer, the draft and asset publishers and the reconcilers. The stores they
/// need come from a storage adapter (<c>AddPipelineAzureStorage</c>). The drafts container follows
/// <see cref="HostSettings"/>: the app setting the trigger paths name wins over the <c>Pipeline</c> section.
/// </summary>
public static class PipelinePublishingServiceCollectionExtensions
{
    public static IServiceCollection AddPipelinePublishing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddPipelineRendering(configuration);
        services.AddOptions<PipelineOptions>()
            .Bind(configuration.GetSection(PipelineNames.OptionsSection))
            .PostConfigure(options => options.DraftsContainer = HostSettings.DraftsContainerAppSetting(configuration) ?? options.DraftsContainer);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StatusRecorder>();
        services.TryAddSingleton(_ => configuration.GetSection(AssetLimits.SectionName).Get<AssetLimits>() ?? AssetLimits.Default);
        services.TryAddSingleton(VariantOptions.Default);
        services.TryAddSingleton(sp => new AssetInspector(sp.GetRequiredService<AssetLimits>()));
        services.TryAddSingleton(sp => new VariantMaker(sp.GetRequiredService<VariantOptions>()));
        services.TryAddSingleton<DraftPublisher>();
        services.TryAddSingleton<IAssetPublisher, AssetPublisher>();

        // Every path of the drafts container goes through one publisher, which hands assets to the asset publisher.
        services.TryAddSingleton<IDraftPublisher, DraftsContainerPublisher>();
        services.TryAddSingleton<DraftReconciler>();
        services.TryAddSingleton<AssetReconciler>();
        services.TryAddSingleton<IReconciler, SiteReconciler>();
        return services;
    }
}
