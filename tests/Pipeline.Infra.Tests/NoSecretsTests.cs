using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pipeline.Infra.Tests;

/// <summary>No secret, key or connection string in the repository, the azd parameters or any Bicep output.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class NoSecretsTests(CompiledInfra infra)
{
    [Fact]
    public void No_tracked_file_contains_a_credential()
    {
        var files = RepositoryFiles.TrackedTextFiles();
        Assert.Contains(files, file => file.EndsWith("infra/main.bicep", StringComparison.Ordinal));

        var leaks = files
            .SelectMany(file => SecretScanner.Find(File.ReadAllText(file)).Select(finding => $"{Path.GetRelativePath(BuildFacts.RepositoryRoot, file)}: {finding}"))
            .ToList();

        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    [Fact]
    public void Azd_parameters_are_environment_references_only()
    {
        var parameters = JsonNode.Parse(File.ReadAllText(BuildFacts.InRepository("infra", "main.parameters.json")))?["parameters"]?.AsObject() ?? [];
        Assert.NotEmpty(parameters);

        Assert.All(parameters, parameter => Assert.Matches(EnvironmentReference(), (string?)parameter.Value?["value"] ?? ""));
    }

    [Fact]
    public void No_bicep_output_carries_a_secret()
    {
        var outputs = infra.SourceFiles
            .Select(file => (File: file, Template: infra.TemplateFor(file)))
            .Where(compiled => compiled.Template is not null)
            .SelectMany(compiled => ArmTemplate.SelfAndNested(compiled.Template!)
                .SelectMany(template => template["outputs"]?.AsObject() ?? [])
                .Select(output => (compiled.File, output.Key, Value: output.Value!)))
            .ToList();
        Assert.Contains(outputs, output => output.File == "main.bicep" && output.Key == "AZURE_FUNCTION_APP_NAME");

        var suspicious = outputs
            .Where(output => SecretOutputName().IsMatch(output.Key)
                || SecretExpression().IsMatch(output.Value["value"]?.ToJsonString() ?? "")
                || ((string?)output.Value["type"] ?? "").StartsWith("secure", StringComparison.OrdinalIgnoreCase))
            .Select(output => $"{output.File}: output {output.Key}")
            .ToList();

        Assert.True(suspicious.Count == 0, string.Join('\n', suspicious));
    }

    [GeneratedRegex(@"^\$\{[A-Z][A-Z0-9_]*(=[^}]*)?\}$")]
    private static partial Regex EnvironmentReference();

    [GeneratedRegex("key|secret|password|connectionstring|token|sas|credential", RegexOptions.IgnoreCase)]
    private static partial Regex SecretOutputName();

    [GeneratedRegex(@"\blist[A-Za-z]*\(|ConnectionString|InstrumentationKey|primaryKey|secondaryKey|AccountKey", RegexOptions.IgnoreCase)]
    private static partial Regex SecretExpression();
}
