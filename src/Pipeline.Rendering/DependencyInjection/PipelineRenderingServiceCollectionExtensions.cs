using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Rendering.DependencyInjection;

/// <summary>The rendering stages: one template set (compiled layouts) and one thread-safe renderer per container.</summary>
public static class PipelineRenderingServiceCollectionExtensions
{
    /// <summary>Registers the renderer; with a configuration, binds <see cref="RenderingOptions"/> from its <c>Pipeline</c> section.</summary>
    public static IServiceCollection AddPipelineRendering(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RenderingOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(RenderingOptions.Section));
        }

        services.TryAddSingleton(sp => new TemplateSet(sp.GetRequiredService<IOptions<RenderingOptions>>().Value.Site));
        services.TryAddSingleton<IArticleRenderer>(sp =>
            new ArticleRenderer(sp.GetRequiredService<IOptions<RenderingOptions>>().Value, sp.GetRequiredService<TemplateSet>()));
        return services;
    }
}
