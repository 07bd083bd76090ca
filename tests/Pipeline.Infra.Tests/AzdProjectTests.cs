using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Infra.Tests;

/// <summary>azure.yaml, the azd parameters file and the postdeploy hook agree with the compiled main template.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class AzdProjectTests(CompiledInfra infra)
{
    private const string HookPath = "infra/hooks/postdeploy.sh";

    [Fact]
    public void Azure_yaml_deploys_the_functions_project_as_a_dotnet_function_app()
    {
        var service = (YamlMappingNode)AzureYaml()["services"]["functions"];

        Assert.Equal("./src/Pipeline.Functions", Scalar(service, "project"));
        Assert.Equal("dotnet", Scalar(service, "language"));
        Assert.Equal("function", Scalar(service, "host"));
    }

    [Fact]
    public void Azure_yaml_runs_the_postdeploy_hook_with_sh()
    {
        var hook = (YamlMappingNode)AzureYaml()["hooks"]["postdeploy"];

        Assert.Equal("sh", Scalar(hook, "shell"));
        Assert.Equal("./" + HookPath, Scalar(hook, "run"));
        Assert.True(File.Exists(BuildFacts.InRepository(HookPath)));
    }

    [Fact]
    public void The_function_app_carries_the_azd_service_tag()
    {
        Assert.Equal("[union(variables('tags'), createObject('azd-service-name', 'functions'))]",
            (string?)ArmTemplate.ModuleParameter(infra.MainTemplate, "function-app", "appTags"));
    }

    [Fact]
    public void Postdeploy_hook_is_valid_posix_shell()
    {
        var check = Process.Start(new ProcessStartInfo("sh", ["-n", BuildFacts.InRepository(HookPath)]) { RedirectStandardError = true })!;
        var errors = check.StandardError.ReadToEnd();
        check.WaitForExit();

        Assert.True(check.ExitCode == 0, errors);
    }

    [Fact]
    public void Postdeploy_hook_reads_only_outputs_main_bicep_provides()
    {
        var outputs = infra.MainTemplate["outputs"]?.AsObject().Select(output => output.Key).ToHashSet() ?? [];
        var read = AzdVariable().Matches(File.ReadAllText(BuildFacts.InRepository(HookPath)))
            .Select(match => match.Groups["name"].Value)
            .Distinct()
            .ToList();

        Assert.NotEmpty(read);
        Assert.All(read, variable => Assert.Contains(variable, outputs));
    }

    [Fact]
    public void Parameters_file_sets_every_required_parameter_and_nothing_unknown()
    {
        var declared = infra.MainTemplate["parameters"]?.AsObject() ?? [];
        var supplied = JsonNode.Parse(File.ReadAllText(BuildFacts.InRepository("infra", "main.parameters.json")))?["parameters"]?.AsObject() ?? [];
        var required = declared.Where(parameter => parameter.Value?["defaultValue"] is null).Select(parameter => parameter.Key);

        Assert.All(supplied, parameter => Assert.Contains(parameter.Key, declared.Select(declaredParameter => declaredParameter.Key)));
        Assert.All(required, parameter => Assert.Contains(parameter, supplied.Select(suppliedParameter => suppliedParameter.Key)));
    }

    private static YamlMappingNode AzureYaml()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(BuildFacts.InRepository("azure.yaml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    // azd exports provisioning outputs to hooks as AZURE_* variables; the hook's own knobs are PIPELINE_KEY_*.
    [GeneratedRegex(@"\$\{?(?<name>AZURE_[A-Z0-9_]+)")]
    private static partial Regex AzdVariable();
}
