using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Configuration;

namespace Pipeline.Functions;

/// <summary>App settings the Functions host resolves in trigger paths, carried over into the core's options.</summary>
public static class FunctionsSettingsServiceCollectionExtensions
{
    /// <summary>
    /// Trigger paths read the drafts container from the <c>DraftsContainer</c> app setting, so the publisher
    /// must read the same container: the app setting wins over the <c>Pipeline</c> section when present.
    /// </summary>
    public static IServiceCollection AddFunctionsSettings(this IServiceCollection services, IConfiguration configuration) =>
        services.PostConfigure<PipelineOptions>(options =>
            options.DraftsContainer = configuration[PipelineNames.DraftsContainerSetting] is { Length: > 0 } container
                ? container
                : options.DraftsContainer);
}
