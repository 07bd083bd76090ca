using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Publishing.Configuration;
using Pipeline.Publishing.DependencyInjection;
using Pipeline.Storage.Azure;
using Pipeline.Storage.Azure.DependencyInjection;

namespace Pipeline.TestSupport;

/// <summary>
/// One test's slice of Azurite: its own drafts/pages/assets containers and articles/status tables, exposed as the
/// configuration a host would read (<see cref="Settings"/>), so tests go through the real DI registration.
/// </summary>
public sealed class TestStorage
{
    public TestStorage(string connectionString)
    {
        ConnectionString = connectionString;
        DraftsContainer = UniqueNames.Next("drafts");
        PagesContainer = UniqueNames.Next("pages");
        AssetsContainer = UniqueNames.Next("assets");
        ArticlesTable = UniqueNames.Next("articles");
        DraftStatusTable = UniqueNames.Next("status");
    }

    public string ConnectionString { get; }
    public string DraftsContainer { get; }
    public string PagesContainer { get; }
    public string AssetsContainer { get; }
    public string ArticlesTable { get; }
    public string DraftStatusTable { get; }

    /// <summary>App settings naming this slice; few storage retries so outage tests fail fast.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [PipelineNames.StorageConnectionSetting] = ConnectionString,
        [$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.DraftsContainer)}"] = DraftsContainer,
        [$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.PagesContainer)}"] = PagesContainer,
        [$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.AssetsContainer)}"] = AssetsContainer,
        [$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.ArticlesTable)}"] = ArticlesTable,
        [$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.DraftStatusTable)}"] = DraftStatusTable,
        [$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.StorageMaxRetries)}"] = "1",
    };

    /// <summary>
    /// These settings as the Functions host passes app settings to its worker (environment variables, "Section__Key"),
    /// with the drafts container, reconcile schedule and preview key the app requires.
    /// </summary>
    public Dictionary<string, string> FunctionsAppSettings(byte[] previewKey)
    {
        var settings = Settings
            .Where(setting => setting.Value is not null)
            .ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value!);
        settings[PipelineNames.DraftsContainerSetting] = DraftsContainer;
        settings[PipelineNames.ReconcileScheduleSetting] = PipelineNames.DefaultReconcileSchedule;
        settings[PipelineNames.PreviewKeySetting] = Convert.ToBase64String(previewKey);
        return settings;
    }

    /// <summary>A service provider built exactly as hosts build theirs, plus these settings and any overrides.</summary>
    public ServiceProvider BuildServices(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Settings)
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPipelinePublishing(configuration).AddPipelineAzureStorage(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Builds the services and creates this slice's containers and tables.</summary>
    public async Task<ServiceProvider> StartServicesAsync(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var provider = BuildServices(configure, overrides);
        await provider.GetRequiredService<IPipelineStorageInitializer>().EnsureCreatedAsync();
        return provider;
    }
}
