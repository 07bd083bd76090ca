using Pipeline.Publishing.Configuration;

namespace Pipeline.Infra.Tests;

/// <summary>The function app's settings: identity-based storage connection and the settings trigger paths read.</summary>
[Collection(InfraCollection.Name)]
public sealed class AppSettingsTests(CompiledInfra infra)
{
    private readonly NamesFile _names = NamesFile.Load();

    [Fact]
    public void Storage_connection_prefix_is_the_apps_connection_setting()
    {
        var prefix = ArmTemplate.ModuleParameter(infra.MainTemplate, "function-app", "storageConnectionSetting");

        Assert.Equal(PipelineNames.StorageConnectionSetting, ArmExpression.ResolveName((string?)prefix, _names));
    }

    [Theory]
    [InlineData("__credential")]
    [InlineData("__clientId")]
    [InlineData("__blobServiceUri")]
    [InlineData("__queueServiceUri")]
    [InlineData("__tableServiceUri")]
    public void Storage_connection_is_identity_based_with_one_uri_per_service(string suffix)
    {
        Assert.Contains($"format('{{0}}{suffix}', parameters('storageConnectionSetting'))", AppSettingsExpression(), StringComparison.Ordinal);
    }

    [Fact]
    public void Storage_connection_uses_managed_identity_and_no_shared_key_or_single_service_uri()
    {
        var settings = AppSettingsExpression();

        Assert.Contains("format('{0}__credential', parameters('storageConnectionSetting')), 'managedidentity'", settings, StringComparison.Ordinal);
        // __serviceUri covers blobs only: the blob trigger then cannot write its poison queue or receipts.
        Assert.DoesNotContain("__serviceUri", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("listKeys", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Telemetry_authenticates_with_the_app_identity()
    {
        Assert.Contains("'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', format('ClientId={0};Authorization=AAD', parameters('identityClientId'))",
            AppSettingsExpression(), StringComparison.Ordinal);
    }

    [Fact]
    public void Trigger_path_settings_carry_the_app_defaults()
    {
        var settings = ProvisionedAppSettings.Read(infra.MainTemplate, _names);

        Assert.Equal(PipelineNames.DraftsContainer, settings[PipelineNames.DraftsContainerSetting]);
        Assert.Equal(PipelineNames.DefaultReconcileSchedule, settings[PipelineNames.ReconcileScheduleSetting]);
    }

    private string AppSettingsExpression() =>
        ProvisionedAppSettings.AppSettingsExpression(ArmTemplate.ModuleTemplate(infra.MainTemplate, "function-app"));
}
