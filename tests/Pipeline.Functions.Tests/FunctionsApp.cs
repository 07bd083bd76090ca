using System.Reflection;

namespace Pipeline.Functions.Tests;

/// <summary>Where the Functions app's build output is (built before these tests by the project reference).</summary>
internal static class FunctionsApp
{
    public static string Directory { get; } = typeof(FunctionsApp).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "FunctionsAppDirectory").Value!;

    public static string File(string name) => Path.Combine(Directory, name);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(Directory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Pipeline.sln not found above " + Directory);
    }
}
