namespace Pipeline.Infra.Tests;

/// <summary>The real Bicep compiler and linter accept every file with zero errors and zero warnings.</summary>
[Collection(InfraCollection.Name)]
public sealed class BicepCompilerTests(CompiledInfra infra)
{
    public static TheoryData<string> BicepFiles()
    {
        var infraDirectory = BuildFacts.InRepository("infra");
        var files = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(infraDirectory, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(infraDirectory, path).Replace('\\', '/'));
        }
        return files;
    }

    [Fact]
    public void The_infrastructure_has_an_entry_template_modules_and_the_postdeploy_template()
    {
        Assert.Contains("main.bicep", infra.SourceFiles);
        Assert.Contains("hooks/blob-created-subscription.bicep", infra.SourceFiles);
        Assert.Contains(infra.SourceFiles, file => file.StartsWith("modules/", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_succeeds_without_warnings() => AssertClean(infra.Build);

    [Fact]
    public void Lint_succeeds_without_warnings() => AssertClean(infra.Lint);

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Each_file_compiles_to_an_arm_template(string bicepFile)
    {
        var template = infra.TemplateFor(bicepFile);

        Assert.True(template is not null, $"{bicepFile} produced no template:\n{infra.Build.Describe()}");
        Assert.StartsWith("https://schema.management.azure.com/schemas/", (string?)template["$schema"]);
    }

    // Type warnings (unknown API version, property or value) do not change the exit code: read the output too.
    private static void AssertClean(BicepRun run)
    {
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.True(run.Diagnostics.Count == 0, run.Describe());
        Assert.DoesNotContain("Warning", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Error", run.Output, StringComparison.Ordinal);
    }
}
