using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Core.Configuration;
using Pipeline.Core.Publishing;

namespace Pipeline.Core.DependencyInjection;

/// <summary>The registration every host shares: options, renderer, storage and publisher.</summary>
public static class PipelineCoreServiceCollectionExtensions
{
    public static IServiceCollection AddPipelineCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PipelineOptions>().Bind(configuration.GetSection(PipelineNames.OptionsSection));
        services.AddPipelineRendering();
        services.AddPipelineStorage(configuration);
        services.TryAddSingleton<IDraftPublisher, DraftPublisher>();
        services.TryAddSingleton<IReconciler, DraftReconciler>();
        return services;
    }
}
