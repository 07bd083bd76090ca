using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pipeline.Core.Configuration;
using Pipeline.Core.Rendering;
using Pipeline.Core.Templates;

namespace Pipeline.Core.DependencyInjection;

/// <summary>The rendering stages: one template set (compiled layouts) and one thread-safe renderer per container.</summary>
public static class PipelineRenderingServiceCollectionExtensions
{
    public static IServiceCollection AddPipelineRendering(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PipelineOptions>();
        services.TryAddSingleton(sp => new TemplateSet(sp.GetRequiredService<IOptions<PipelineOptions>>().Value.Site));
        services.TryAddSingleton<IArticleRenderer>(sp =>
            new ArticleRenderer(sp.GetRequiredService<IOptions<PipelineOptions>>().Value, sp.GetRequiredService<TemplateSet>()));
        return services;
    }
}
