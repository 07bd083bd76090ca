using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pipeline.Publishing.Configuration;
using Pipeline.Rendering.Configuration;

namespace Pipeline.Infra.Tests;

/// <summary>
/// Published assets live in a private <c>assets</c> container that the app can write, and readers reach them
/// through the app's <c>/assets/{hash}/{file}</c> route — the URL the rendered pages link to — never anonymously
/// from blob storage (docs/architecture.md, "Why assets are served by the app").
/// </summary>
[Collection(InfraCollection.Name)]
public sealed partial class AssetStorageTests(CompiledInfra infra)
{
    private readonly NamesFile _names = NamesFile.Load();

    [Fact]
    public void The_assets_container_is_among_the_containers_the_storage_module_creates()
    {
        var containerNames = (string?)ArmTemplate.ModuleParameter(infra.MainTemplate, "storage", "containerNames") ?? "";

        Assert.Equal(PipelineNames.AssetsContainer, _names.Value("containers", nameof(PipelineNames.AssetsContainer)));
        // Every names.json container is created, so the assets container is too (and cannot be forgotten).
        Assert.StartsWith("[concat(map(items(variables('names').containers), lambda('c', lambdaVariables('c').value))", containerNames, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_container_is_private_and_the_account_allows_no_anonymous_read()
    {
        var storage = ArmTemplate.ModuleTemplate(infra.MainTemplate, "storage");
        var account = ArmTemplate.ResourcesOfType(storage, "Microsoft.Storage/storageAccounts").Single();
        var containers = ArmTemplate.ResourcesOfType(storage, "Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

        Assert.False((bool?)account["properties"]?["allowBlobPublicAccess"] ?? true);
        Assert.NotEmpty(containers);
        Assert.All(containers, container => Assert.Equal("None", (string?)container["properties"]?["publicAccess"]));
    }

    [Fact]
    public void The_app_identity_may_write_every_container_of_the_account_the_assets_one_included()
    {
        var grantedRoles = (ArmTemplate.ModuleParameter(infra.MainTemplate, "app-data-access", "storageRoleIds") as JsonValue)?.ToString() ?? "";
        var roleList = infra.MainTemplate["variables"]?[VariableName().Match(grantedRoles).Groups["name"].Value]?.AsArray() ?? [];
        var assignment = ArmTemplate.ResourcesOfType(ArmTemplate.ModuleTemplate(infra.MainTemplate, "app-data-access"), "Microsoft.Authorization/roleAssignments")
            .Single(resource => ((string?)resource["properties"]?["roleDefinitionId"] ?? "").Contains("storageRoleIds", StringComparison.Ordinal));

        Assert.Contains("[variables('roles').storageBlobDataOwner]", roleList.Select(role => (string?)role));
        // Granted on the account, not on named containers: the assets container needs no assignment of its own.
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", (string?)assignment["scope"]);
    }

    [Fact]
    public void The_app_serves_assets_anonymously_at_the_site_root_path_pages_link_to()
    {
        var route = FunctionsMetadata.Load().Trigger("ServeAsset");
        var hostJson = JsonNode.Parse(File.ReadAllText(BuildFacts.InRepository("host.json")));

        Assert.Equal("httpTrigger", (string?)route["type"]);
        Assert.Equal("anonymous", ((string?)route["authLevel"] ?? "").ToLowerInvariant());
        Assert.Equal(SiteRoutes.Asset, (string?)route["route"]);
        // With the default "api" prefix the app would answer /api/assets/…, a 404 for every <img> on every page.
        Assert.Equal("", (string?)hostJson?["extensions"]?["http"]?["routePrefix"]);
    }

    [Fact]
    public void The_site_base_url_is_the_azd_value_or_else_the_apps_own_https_host_name()
    {
        var settings = ProvisionedAppSettings.AppSettingsExpression(ArmTemplate.ModuleTemplate(infra.MainTemplate, "function-app"));

        Assert.Equal(PipelineNames.SiteBaseUrlSetting,
            ArmExpression.ResolveName((string?)ArmTemplate.ModuleParameter(infra.MainTemplate, "function-app", "siteBaseUrlSetting"), _names));
        Assert.Equal("[parameters('siteBaseUrl')]", (string?)ArmTemplate.ModuleParameter(infra.MainTemplate, "function-app", "siteBaseUrl"));
        Assert.Contains(
            "createObject(format('{0}', parameters('siteBaseUrlSetting')), if(empty(parameters('siteBaseUrl')), format('https://{0}/', reference(resourceId('Microsoft.Web/sites', parameters('appName')), '2024-11-01').defaultHostName), parameters('siteBaseUrl')))",
            settings, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\[variables\('(?<name>\w+)'\)\]$")]
    private static partial Regex VariableName();
}
