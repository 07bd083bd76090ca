using System.Reflection;
using System.Text.Json.Nodes;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Infra.Tests;

/// <summary>
/// <c>infra/names.json</c>: the names Bicep takes from the app. Keys of every group except
/// <c>functions</c> are <see cref="PipelineNames"/> constant names.
/// </summary>
public sealed class NamesFile
{
    /// <summary>Groups whose keys are <see cref="PipelineNames"/> constants, and the constant-name suffix each holds.</summary>
    public static readonly IReadOnlyDictionary<string, string> ConstantGroups = new Dictionary<string, string>
    {
        ["containers"] = "Container",
        ["tables"] = "Table",
        ["queues"] = "Queue",
        ["settings"] = "Setting",
        ["defaults"] = "Default",
    };

    private NamesFile(JsonObject root) => Root = root;

    public static string FilePath => BuildFacts.InRepository("infra", "names.json");

    public JsonObject Root { get; }

    public static NamesFile Load() =>
        new(JsonNode.Parse(File.ReadAllText(FilePath))?.AsObject() ?? throw new InvalidDataException($"{FilePath} is not a JSON object."));

    public IReadOnlyDictionary<string, string> Group(string group) =>
        Root[group]?.AsObject().ToDictionary(entry => entry.Key, entry => (string)entry.Value!)
        ?? throw new InvalidDataException($"{FilePath} has no '{group}' group.");

    public string Value(string group, string key) =>
        Group(group).TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"{FilePath} has no {group}.{key}.");

    /// <summary>Every public string constant of <see cref="PipelineNames"/>, by constant name.</summary>
    public static IReadOnlyDictionary<string, string> PipelineNameConstants() =>
        typeof(PipelineNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string))
            .ToDictionary(field => field.Name, field => (string)field.GetRawConstantValue()!);

    /// <summary>The names.json group a constant belongs in, by its name (DraftsContainer → containers), or null.</summary>
    public static string? GroupOf(string constantName) =>
        ConstantGroups
            .Where(group => constantName.EndsWith(group.Value, StringComparison.Ordinal) || constantName.StartsWith(group.Value, StringComparison.Ordinal))
            .Select(group => group.Key)
            .FirstOrDefault();
}
