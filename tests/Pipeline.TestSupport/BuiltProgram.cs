using System.Reflection;
using Pipeline.Emulator;

namespace Pipeline.TestSupport;

/// <summary>Where a program of this repository was built, in the same configuration as this test assembly.</summary>
public static class BuiltProgram
{
    public static string Path(string project, string assembly)
    {
        var configuration = typeof(BuiltProgram).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = System.IO.Path.Combine(RepositoryRoot.Find(), "src", project, "bin", configuration, "net10.0", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build src/{project} first.", path);
    }
}
