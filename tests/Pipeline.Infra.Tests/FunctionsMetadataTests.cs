using System.Text.RegularExpressions;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Infra.Tests;

/// <summary>
/// The names the Bicep, the alert and the postdeploy hook use equal what the Functions app really binds to,
/// read from the SDK-generated functions.metadata.
/// </summary>
[Collection(InfraCollection.Name)]
public sealed partial class FunctionsMetadataTests(CompiledInfra infra)
{
    private readonly NamesFile _names = NamesFile.Load();

    [Fact]
    public void Every_function_the_infrastructure_names_exists()
    {
        var metadata = FunctionsMetadata.Load();

        Assert.All(_names.Group("functions").Values, name => Assert.Contains(name, metadata.FunctionNames));
    }

    [Fact]
    public void PublishDraft_is_an_event_grid_blob_trigger_on_the_drafts_container()
    {
        var trigger = FunctionsMetadata.Load().Trigger(_names.Value("functions", "PublishDraft"));

        Assert.Equal("blobTrigger", (string?)trigger["type"]);
        // The webhook the postdeploy hook subscribes exists only for Source = EventGrid.
        Assert.Equal("EventGrid", (string?)trigger["source"]);
        Assert.Equal(PipelineNames.DraftsContainer, ResolveSettings(((string?)trigger["path"] ?? "").Split('/')[0]));
    }

    [Fact]
    public void UnpublishDraft_reads_the_queue_event_grid_delivers_deletions_to()
    {
        var trigger = FunctionsMetadata.Load().Trigger(_names.Value("functions", "UnpublishDraft"));

        Assert.Equal("queueTrigger", (string?)trigger["type"]);
        Assert.Equal(PipelineNames.DeletionsQueue, ResolveSettings((string?)trigger["queueName"] ?? ""));
    }

    [Fact]
    public void RecordPoison_reads_the_poison_queue_the_alert_watches()
    {
        var trigger = FunctionsMetadata.Load().Trigger(_names.Value("functions", "RecordPoison"));

        Assert.Equal("queueTrigger", (string?)trigger["type"]);
        Assert.Equal(PipelineNames.BlobTriggerPoisonQueue, ResolveSettings((string?)trigger["queueName"] ?? ""));
    }

    [Fact]
    public void Reconcile_is_a_timer()
    {
        var trigger = FunctionsMetadata.Load().Trigger(_names.Value("functions", "Reconcile"));

        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.NotEmpty(ResolveSettings((string?)trigger["schedule"] ?? ""));
    }

    [Fact]
    public void Every_binding_connects_through_the_provisioned_storage_connection()
    {
        var connections = FunctionsMetadata.Load().Bindings
            .Select(binding => (string?)binding["connection"])
            .OfType<string>()
            .Distinct()
            .ToList();

        Assert.Equal([PipelineNames.StorageConnectionSetting], connections);
    }

    [Fact]
    public void Every_setting_a_binding_reads_is_provisioned()
    {
        var referenced = FunctionsMetadata.Load().Bindings
            .SelectMany(binding => binding.Select(property => property.Value?.ToJsonString() ?? ""))
            .SelectMany(value => SettingReference().Matches(value).Select(match => match.Groups["setting"].Value))
            .Distinct();

        Assert.All(referenced, setting => Assert.Contains(setting, ProvisionedSettings().Keys));
    }

    [Fact]
    public void Azd_service_project_is_the_functions_app()
    {
        Assert.True(File.Exists(Path.Combine(FunctionsMetadata.ProjectDirectory, "Pipeline.Functions.csproj")));
        Assert.Contains("project: ./src/Pipeline.Functions", File.ReadAllText(BuildFacts.InRepository("azure.yaml")), StringComparison.Ordinal);
    }

    private Dictionary<string, string> ProvisionedSettings() => ProvisionedAppSettings.Read(infra.MainTemplate, _names);

    /// <summary>Replaces each %Setting% the way the Functions host does, with the value the Bicep provisions.</summary>
    private string ResolveSettings(string bindingValue)
    {
        var settings = ProvisionedSettings();
        return SettingReference().Replace(bindingValue, match =>
        {
            var setting = match.Groups["setting"].Value;
            Assert.True(settings.ContainsKey(setting), $"The binding reads %{setting}%, which the Bicep does not set.");
            return settings[setting];
        });
    }

    [GeneratedRegex("%(?<setting>[A-Za-z0-9_:.-]+)%")]
    private static partial Regex SettingReference();
}
