using System.Reflection;

namespace Pipeline.Infra.Tests;

/// <summary>Facts MSBuild wrote into this assembly: where the Bicep compiler and the repository are.</summary>
public static class BuildFacts
{
    /// <summary>The <c>tools/bicep</c> binary of the restored <c>Azure.Bicep.CommandLine.linux-x64</c> package.</summary>
    public static string BicepPath => Normalise(Read("BicepPath"));

    public static string RepositoryRoot => Normalise(Read("RepositoryRoot"));

    /// <summary>Build configuration of this test run; the Functions metadata is read from the same one.</summary>
    public static string Configuration => Read("Configuration");

    public static string InRepository(params string[] relativeParts) =>
        Path.Combine([RepositoryRoot, .. relativeParts]);

    // The package's props build the path with a Windows separator ("tools\bicep").
    private static string Normalise(string path) => Path.GetFullPath(path.Replace('\\', '/'));

    private static string Read(string key)
    {
        var value = typeof(BuildFacts).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value;
        return string.IsNullOrEmpty(value)
            ? throw new InvalidOperationException($"The test assembly lacks the '{key}' build fact; see Pipeline.Infra.Tests.csproj.")
            : value;
    }
}
