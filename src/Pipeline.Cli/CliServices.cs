using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Publishing.DependencyInjection;
using Pipeline.Rendering;
using Pipeline.Rendering.DependencyInjection;
using Pipeline.Storage.Azure.DependencyInjection;

namespace Pipeline.Cli;

/// <summary>
/// The services every command shares, built on first use: configuration from environment variables
/// (e.g. <c>Pipeline__Site__BaseUrl</c>) and an optional <c>pipeline.json</c> in the working directory.
/// </summary>
internal static class CliServices
{
    private static readonly Lazy<IConfiguration> LazyConfiguration = new(BuildConfiguration);
    private static readonly Lazy<ServiceProvider> Provider = new(Build);
    private static readonly Lazy<ServiceProvider> RenderingProvider = new(BuildRendering);

    /// <summary>The settings alone, for commands that need no services (and so load no storage code).</summary>
    public static IConfiguration Configuration => LazyConfiguration.Value;

    /// <summary>
    /// The renderer alone, from a provider with only <c>AddPipelineRendering</c>: <c>pipeline render</c> so loads no
    /// publishing or storage code (a test runs it with every storage assembly deleted).
    /// </summary>
    public static IArticleRenderer Renderer => RenderingProvider.Value.GetRequiredService<IArticleRenderer>();

    /// <summary>A service of the whole pipeline (publishing over Azure storage), for the storage-facing commands.</summary>
    public static T Get<T>()
        where T : notnull => Provider.Value.GetRequiredService<T>();

    private static IConfiguration BuildConfiguration() =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "pipeline.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();

    private static ServiceProvider BuildRendering() =>
        new ServiceCollection().AddPipelineRendering(Configuration).BuildServiceProvider();

    private static ServiceProvider Build() =>
        new ServiceCollection()
            .AddSingleton(Configuration)
            .AddPipelinePublishing(Configuration).AddPipelineAzureStorage(Configuration)
            .BuildServiceProvider();
}
