using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Functions;

/// <summary>What only the Functions app adds to the shared registration: trigger-path settings and storage startup.</summary>
public static class FunctionsAppServiceCollectionExtensions
{
    /// <summary>
    /// Trigger paths read the drafts container from the <c>DraftsContainer</c> app setting, so the publisher
    /// must read the same container: the app setting wins over the <c>Pipeline</c> section when present.
    /// </summary>
    public static IServiceCollection AddFunctionsApp(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddHostedService<StorageStartup>()
            .PostConfigure<PipelineOptions>(options =>
                options.DraftsContainer = configuration[PipelineNames.DraftsContainerSetting] is { Length: > 0 } container
                    ? container
                    : options.DraftsContainer);
}
