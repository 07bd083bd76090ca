using System.Diagnostics;

namespace Pipeline.Infra.Tests;

/// <summary>The repository's tracked text files (git ls-files), or, outside a git checkout, its source files.</summary>
public static class RepositoryFiles
{
    private static readonly string[] IgnoredDirectories = ["/.git/", "/bin/", "/obj/", "/node_modules/", "/TestResults/"];

    public static IReadOnlyList<string> TrackedTextFiles() =>
        (TrackedByGit() ?? AllFiles())
            .Where(File.Exists)
            .Where(IsText)
            .ToList();

    private static IReadOnlyList<string>? TrackedByGit()
    {
        if (!Directory.Exists(BuildFacts.InRepository(".git")) && !File.Exists(BuildFacts.InRepository(".git")))
        {
            return null;
        }
        var start = new ProcessStartInfo("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
        {
            WorkingDirectory = BuildFacts.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var git = Process.Start(start);
        if (git is null)
        {
            return null;
        }
        var listing = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return git.ExitCode != 0
            ? null
            : listing.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(path => BuildFacts.InRepository(path)).ToList();
    }

    private static IEnumerable<string> AllFiles() =>
        Directory.EnumerateFiles(BuildFacts.RepositoryRoot, "*", SearchOption.AllDirectories)
            .Where(path => !IgnoredDirectories.Any(ignored => path.Replace('\\', '/').Contains(ignored, StringComparison.Ordinal)));

    // Binary files (a NUL byte in the first 8 KB) cannot hold a pasted connection string in readable form.
    private static bool IsText(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[8192];
        var read = stream.Read(buffer, 0, buffer.Length);
        return Array.IndexOf(buffer, (byte)0, 0, read) < 0;
    }
}
