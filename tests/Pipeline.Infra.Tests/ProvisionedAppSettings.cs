using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipeline.Infra.Tests;

/// <summary>The app settings main.bicep gives the function app, read from the compiled template.</summary>
public static partial class ProvisionedAppSettings
{
    /// <summary>Module parameters main.bicep fills with app settings (name to value), plain and secure.</summary>
    public static readonly IReadOnlyList<string> SettingParameters = ["extraAppSettings", "secretAppSettings"];

    /// <summary>The plain settings besides the storage connection, names and values resolved through names.json.</summary>
    public static Dictionary<string, string> Read(JsonNode mainTemplate, NamesFile names) =>
        SettingsPassed(mainTemplate, "extraAppSettings")
            .ToDictionary(
                setting => ArmExpression.ResolveName(setting.Key, names),
                setting => ArmExpression.ResolveName((string?)setting.Value, names));

    /// <summary>
    /// Every setting name the app ends up with: the storage connection's suffixed names written by the module
    /// under the prefix main.bicep passes, each setting whose name main.bicep passes as a <c>…Setting</c>
    /// parameter (the site base URL), and the names of each settings parameter the module actually applies.
    /// </summary>
    public static ISet<string> Names(JsonNode mainTemplate, NamesFile names)
    {
        var applied = AppSettingsExpression(ArmTemplate.ModuleTemplate(mainTemplate, "function-app"));
        var prefix = ArmExpression.ResolveName((string?)ArmTemplate.ModuleParameter(mainTemplate, "function-app", "storageConnectionSetting"), names);

        var connection = ConnectionSetting().Matches(applied).Select(match => prefix + match.Groups["suffix"].Value);
        var named = NamedSetting().Matches(applied)
            .Select(match => ArmExpression.ResolveName((string?)ArmTemplate.ModuleParameter(mainTemplate, "function-app", match.Groups["parameter"].Value), names));
        var passed = SettingParameters
            .Where(parameter => applied.Contains($"parameters('{parameter}')", StringComparison.Ordinal))
            .SelectMany(parameter => SettingsPassed(mainTemplate, parameter))
            .Select(setting => ArmExpression.ResolveName(setting.Key, names));
        return connection.Concat(named).Concat(passed).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The value expression main.bicep passes for one setting of a settings parameter, or null.</summary>
    public static string? ValuePassed(JsonNode mainTemplate, string parameter, string settingName, NamesFile names) =>
        SettingsPassed(mainTemplate, parameter)
            .Where(setting => ArmExpression.ResolveName(setting.Key, names) == settingName)
            .Select(setting => (string?)setting.Value)
            .SingleOrDefault();

    /// <summary>The expression of the function app's <c>appsettings</c> config resource.</summary>
    public static string AppSettingsExpression(JsonNode appTemplate)
    {
        var config = ArmTemplate.ResourcesOfType(appTemplate, "Microsoft.Web/sites/config")
            .Single(resource => ((string?)resource["name"] ?? "").EndsWith("'appsettings')]", StringComparison.Ordinal));
        return config["properties"] is JsonValue value ? (string?)value ?? "" : config["properties"]?.ToJsonString() ?? "";
    }

    private static JsonObject SettingsPassed(JsonNode mainTemplate, string parameter) =>
        ArmTemplate.ModuleParameter(mainTemplate, "function-app", parameter)?.AsObject() ?? [];

    [GeneratedRegex(@"format\('\{0\}(?<suffix>__\w+)', parameters\('storageConnectionSetting'\)\)")]
    private static partial Regex ConnectionSetting();

    /// <summary>A setting named by one module parameter: <c>createObject(format('{0}', parameters('xSetting')), …</c>.</summary>
    [GeneratedRegex(@"format\('\{0\}', parameters\('(?<parameter>\w+Setting)'\)\)")]
    private static partial Regex NamedSetting();
}
