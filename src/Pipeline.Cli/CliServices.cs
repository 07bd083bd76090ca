using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Publishing.DependencyInjection;
using Pipeline.Storage.Azure.DependencyInjection;

namespace Pipeline.Cli;

/// <summary>
/// The services every command shares, built on first use: configuration from environment variables
/// (e.g. <c>Pipeline__Site__BaseUrl</c>) and an optional <c>pipeline.json</c> in the working directory.
/// </summary>
internal static class CliServices
{
    private static readonly Lazy<ServiceProvider> Provider = new(Build);

    public static T Get<T>()
        where T : notnull => Provider.Value.GetRequiredService<T>();

    private static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "pipeline.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddPipelinePublishing(configuration).AddPipelineAzureStorage(configuration)
            .BuildServiceProvider();
    }
}
