using System.Text.Json.Nodes;

namespace Pipeline.Infra.Tests;

/// <summary>The app settings main.bicep passes the function app besides its storage connection, resolved through names.json.</summary>
public static class ProvisionedAppSettings
{
    public static Dictionary<string, string> Read(JsonNode mainTemplate, NamesFile names) =>
        (ArmTemplate.ModuleParameter(mainTemplate, "function-app", "extraAppSettings")?.AsObject() ?? [])
            .ToDictionary(
                setting => ArmExpression.ResolveName(setting.Key, names),
                setting => ArmExpression.ResolveName((string?)setting.Value, names));
}
