using System.Text.Json.Nodes;

namespace Pipeline.Infra.Tests;

/// <summary>Navigation over compiled ARM templates (both the array and the symbolic-name resource layouts).</summary>
public static class ArmTemplate
{
    public static IEnumerable<JsonObject> Resources(JsonNode template) =>
        template["resources"] switch
        {
            JsonArray array => array.OfType<JsonObject>(),
            JsonObject symbolic => symbolic.Select(entry => entry.Value).OfType<JsonObject>(),
            _ => [],
        };

    /// <summary>The nested deployment Bicep emits for <c>module x = { name: deploymentName }</c>.</summary>
    public static JsonObject Module(JsonNode template, string deploymentName) =>
        Resources(template).SingleOrDefault(resource =>
            (string?)resource["type"] == "Microsoft.Resources/deployments" && (string?)resource["name"] == deploymentName)
        ?? throw new InvalidDataException($"The template has no module deployment named '{deploymentName}'.");

    /// <summary>The value expression a module call passes for one parameter.</summary>
    public static JsonNode? ModuleParameter(JsonNode template, string deploymentName, string parameter) =>
        Module(template, deploymentName)["properties"]?["parameters"]?[parameter]?["value"];

    public static JsonNode ModuleTemplate(JsonNode template, string deploymentName) =>
        Module(template, deploymentName)["properties"]?["template"]
        ?? throw new InvalidDataException($"Module '{deploymentName}' has no inline template.");

    public static IEnumerable<JsonObject> ResourcesOfType(JsonNode template, string type) =>
        Resources(template).Where(resource => (string?)resource["type"] == type);

    /// <summary>This template and every template nested in it through module deployments.</summary>
    public static IEnumerable<JsonNode> SelfAndNested(JsonNode template)
    {
        yield return template;
        var nestedTemplates = Resources(template)
            .Select(resource => resource["properties"] is JsonObject properties ? properties["template"] : null)
            .OfType<JsonNode>();
        foreach (var nested in nestedTemplates)
        {
            foreach (var inner in SelfAndNested(nested))
            {
                yield return inner;
            }
        }
    }
}
