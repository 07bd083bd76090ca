using Pipeline.Publishing.Configuration;

namespace Pipeline.Infra.Tests;

/// <summary>
/// Every setting the app needs in production is provisioned by the Bicep: removing one from main.bicep or
/// the function-app module fails here rather than in a deployed app that silently falls back to a default.
/// </summary>
[Collection(InfraCollection.Name)]
public sealed class RequiredAppSettingsTests(CompiledInfra infra)
{
    /// <summary>The identity-based storage connection: the Functions host reads these names under the prefix.</summary>
    private static readonly string[] StorageConnectionSuffixes =
        ["__credential", "__clientId", "__blobServiceUri", "__queueServiceUri", "__tableServiceUri"];

    /// <summary>Every <c>…Setting</c> constant of <see cref="PipelineNames"/>, the connection expanded to its identity-based names.</summary>
    public static TheoryData<string> RequiredSettings()
    {
        var required = new TheoryData<string>();
        foreach (var (constant, name) in NamesFile.PipelineNameConstants().OrderBy(entry => entry.Key, StringComparer.Ordinal))
        {
            if (constant == nameof(PipelineNames.StorageConnectionSetting))
            {
                foreach (var suffix in StorageConnectionSuffixes)
                {
                    required.Add(name + suffix);
                }
            }
            else if (NamesFile.GroupOf(constant) == "settings")
            {
                required.Add(name);
            }
        }
        return required;
    }

    [Fact]
    public void The_required_settings_include_the_ones_production_cannot_do_without()
    {
        var required = RequiredSettings().Cast<object[]>().Select(row => (string)row[0]).ToList();

        Assert.Contains(PipelineNames.DraftsContainerSetting, required);
        Assert.Contains(PipelineNames.ReconcileScheduleSetting, required);
        Assert.Contains(PipelineNames.CursorKeySetting, required);
        Assert.Contains($"{PipelineNames.StorageConnectionSetting}__credential", required);
        Assert.Contains($"{PipelineNames.StorageConnectionSetting}__tableServiceUri", required);
    }

    [Theory]
    [MemberData(nameof(RequiredSettings))]
    public void Bicep_provisions_the_setting(string setting)
    {
        var provisioned = ProvisionedAppSettings.Names(infra.MainTemplate, NamesFile.Load());

        Assert.True(provisioned.Contains(setting),
            $"The function app needs {setting} in production, but the Bicep sets only: {string.Join(", ", provisioned.Order(StringComparer.Ordinal))}");
    }
}
