using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Functions.Tests;

/// <summary>The build's generated <c>functions.metadata</c>, read as the Functions host reads it.</summary>
internal static partial class GeneratedMetadata
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonElement>> Functions = new(() =>
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FunctionsApp.File("functions.metadata")));
        return json.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
    });

    public static IReadOnlyCollection<string> FunctionNames => Functions.Value.Keys.ToArray();

    public static IEnumerable<JsonElement> AllBindings => Functions.Value.Values.SelectMany(f => f.GetProperty("bindings").EnumerateArray());

    /// <summary>The function's trigger binding (the one input binding whose type ends in "Trigger").</summary>
    public static JsonElement Trigger(string function)
    {
        Assert.True(Functions.Value.TryGetValue(function, out var metadata), $"functions.metadata has no function {function}");
        return metadata.GetProperty("bindings").EnumerateArray()
            .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
    }

    public static string? Text(this JsonElement binding, string property) =>
        binding.TryGetProperty(property, out var value) ? value.ToString() : null;

    /// <summary>Every <c>%Setting%</c> a binding resolves from app settings.</summary>
    public static IEnumerable<string> SettingReferences(JsonElement binding) =>
        binding.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .SelectMany(p => SettingReference().Matches(p.Value.GetString()!).Select(m => m.Groups[1].Value));

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
