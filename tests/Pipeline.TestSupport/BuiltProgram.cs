using System.Diagnostics;
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

    /// <summary><c>dotnet ASSEMBLY ARGUMENTS</c> in the assembly's folder, output redirected for the test to read.</summary>
    public static ProcessStartInfo DotnetStart(string assembly, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = System.IO.Path.GetDirectoryName(assembly)! };
        Redirect(start, [assembly, .. arguments]);
        return start;
    }

    /// <summary>Adds the arguments and redirects standard output and error, no shell.</summary>
    public static void Redirect(ProcessStartInfo start, IEnumerable<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
    }
}
