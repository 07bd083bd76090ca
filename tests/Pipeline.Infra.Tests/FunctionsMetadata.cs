using System.Text.Json.Nodes;

namespace Pipeline.Infra.Tests;

/// <summary>
/// The <c>functions.metadata</c> the Functions SDK generates into src/Pipeline.Functions build output: the
/// function names, triggers, queues, paths and connection settings the deployed app will really use.
/// </summary>
public sealed class FunctionsMetadata
{
    private FunctionsMetadata(string path, JsonArray functions) => (Path, Functions) = (path, functions);

    public static string ProjectDirectory => BuildFacts.InRepository("src", "Pipeline.Functions");

    public string Path { get; }

    public JsonArray Functions { get; }

    /// <summary>Reads the metadata of this test run's configuration; fails (never skips) when it is missing.</summary>
    public static FunctionsMetadata Load()
    {
        var output = System.IO.Path.Combine(ProjectDirectory, "bin", BuildFacts.Configuration);
        var file = Directory.Exists(output)
            ? Directory.EnumerateFiles(output, "functions.metadata", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        Assert.True(file is not null, $"No functions.metadata under {output}: build src/Pipeline.Functions ({BuildFacts.Configuration}) first.");
        return new FunctionsMetadata(file, JsonNode.Parse(File.ReadAllText(file))?.AsArray() ?? []);
    }

    public IEnumerable<string> FunctionNames => Functions.Select(function => (string?)function?["name"] ?? "");

    public IEnumerable<JsonObject> Bindings => Functions.SelectMany(function => function?["bindings"]?.AsArray() ?? []).OfType<JsonObject>();

    /// <summary>The trigger binding of the named function.</summary>
    public JsonObject Trigger(string functionName)
    {
        var function = Functions.SingleOrDefault(candidate => (string?)candidate?["name"] == functionName);
        Assert.True(function is not null, $"{Path} has no function '{functionName}'.");
        var trigger = (function["bindings"]?.AsArray() ?? []).OfType<JsonObject>()
            .SingleOrDefault(binding => ((string?)binding["type"] ?? "").EndsWith("Trigger", StringComparison.Ordinal));
        Assert.True(trigger is not null, $"Function '{functionName}' has no trigger binding.");
        return trigger;
    }
}
