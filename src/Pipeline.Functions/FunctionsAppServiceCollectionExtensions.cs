using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.Functions;

/// <summary>
/// What only the Functions app adds to the shared registration: storage startup. Trigger-path settings follow
/// <c>HostSettings</c> inside <c>AddPipelinePublishing</c>, as on the local host.
/// </summary>
public static class FunctionsAppServiceCollectionExtensions
{
    public static IServiceCollection AddFunctionsApp(this IServiceCollection services) =>
        services.AddHostedService<StorageStartup>();
}
