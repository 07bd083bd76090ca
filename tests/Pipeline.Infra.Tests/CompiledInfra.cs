using System.Text.Json.Nodes;

namespace Pipeline.Infra.Tests;

/// <summary>
/// Every <c>infra/**/*.bicep</c> compiled and linted once per test run (one CLI call each, ~1-3 s),
/// shared by the tests that check the compiler's verdict and the ARM templates it produced.
/// </summary>
public sealed class CompiledInfra : IDisposable
{
    private const string Pattern = "infra/**/*.bicep";

    private readonly string _outputDirectory =
        Path.Combine(Path.GetTempPath(), "pipeline-infra-tests-arm", Guid.NewGuid().ToString("N"));

    public CompiledInfra()
    {
        InfraDirectory = BuildFacts.InRepository("infra");
        SourceFiles = Directory.EnumerateFiles(InfraDirectory, "*.bicep", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(InfraDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Build = BicepCli.Run(BuildFacts.RepositoryRoot, "build", "--pattern", Pattern, "--outdir", _outputDirectory);
        Lint = BicepCli.Run(BuildFacts.RepositoryRoot, "lint", "--pattern", Pattern);
    }

    public string InfraDirectory { get; }

    /// <summary>Bicep files relative to <c>infra/</c>, e.g. <c>modules/storage.bicep</c>.</summary>
    public IReadOnlyList<string> SourceFiles { get; }

    public BicepRun Build { get; }

    public BicepRun Lint { get; }

    /// <summary>The ARM template compiled from <paramref name="bicepFile"/> (relative to <c>infra/</c>), or null.</summary>
    public JsonNode? TemplateFor(string bicepFile)
    {
        var path = Path.Combine(_outputDirectory, Path.ChangeExtension(bicepFile, ".json"));
        return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
    }

    public JsonNode MainTemplate => TemplateFor("main.bicep") ?? throw new InvalidOperationException($"main.bicep did not compile:\n{Build.Describe()}");

    public void Dispose()
    {
        if (Directory.Exists(_outputDirectory))
        {
            Directory.Delete(_outputDirectory, recursive: true);
        }
    }
}
