using System.Diagnostics;

namespace Pipeline.TestSupport;

/// <summary>
/// How the tests start the <c>pipeline</c> CLI: the build output through <c>dotnet</c> (what CI runs), or, when
/// <c>PIPELINE_TEST_CLI</c> names a published executable — the native CLI,
/// <c>dotnet publish src/Pipeline.Cli -c Release -p:PublishAot=true</c> — that executable, so the same tests check
/// the build authors run for large folders (docs/benchmarks.md §2 says when it was last checked).
/// </summary>
public static class BuiltCli
{
    public const string Variable = "PIPELINE_TEST_CLI";

    /// <summary>The published executable the tests run instead of the build output, or null.</summary>
    public static string? Published => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    /// <summary>A start of the CLI with <paramref name="arguments"/>, output redirected, in the CLI's own folder unless told otherwise.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        if (Published is not { } published)
        {
            return BuiltProgram.DotnetStart(BuiltProgram.Path("Pipeline.Cli", "pipeline.dll"), arguments);
        }

        var start = new ProcessStartInfo(published) { WorkingDirectory = Path.GetDirectoryName(published)! };
        BuiltProgram.Redirect(start, arguments);
        return start;
    }
}
