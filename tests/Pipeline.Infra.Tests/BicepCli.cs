using System.Diagnostics;

namespace Pipeline.Infra.Tests;

/// <summary>Runs the Bicep compiler from the NuGet package, fully offline.</summary>
public static class BicepCli
{
    // The single-file binary extracts native parts on first run and needs a writable HOME; neither may
    // depend on the machine's user, so both point at a scratch folder.
    private static readonly string Scratch = Path.Combine(Path.GetTempPath(), "pipeline-infra-tests-bicep");

    public static BicepRun Run(string workingDirectory, params string[] arguments)
    {
        var executable = BuildFacts.BicepPath;
        EnsureExecutable(executable);
        Directory.CreateDirectory(Scratch);

        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["HOME"] = Scratch;
        start.Environment["DOTNET_BUNDLE_EXTRACT_BASE_DIR"] = Path.Combine(Scratch, "extract");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new BicepRun(process.ExitCode, standardOutput.Result, standardError.Result);
    }

    // NuGet does not always keep the execute bit when it extracts a package.
    private static void EnsureExecutable(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The Bicep CLI from Azure.Bicep.CommandLine.linux-x64 is missing; restore the test project.", path);
        }
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }
    }
}
