using System.Diagnostics;
using System.Globalization;

namespace Pipeline.TestSupport;

/// <summary>
/// A git repository in a fresh temp folder whose commits carry chosen dates (<c>GIT_COMMITTER_DATE</c> and
/// <c>GIT_AUTHOR_DATE</c>), as an imported Zenn or Hugo repository would; deleted on dispose.
/// </summary>
public sealed class TemporaryGitRepository : IDisposable
{
    public TemporaryGitRepository()
    {
        Directory.CreateDirectory(Root);
        Git(null, "init", "--quiet");
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pipeline-git-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a file (creating its folders) and returns its full path; not committed until <see cref="Commit"/>.</summary>
    public string Write(string relativePath, string content)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Commits everything written so far, dated <paramref name="date"/>.</summary>
    public void Commit(DateTimeOffset date, string message = "change")
    {
        Git(null, "add", "--all");
        Git(date, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "--quiet", "--no-gpg-sign", "-m", message);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Git(DateTimeOffset? date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        if (date is { } d)
        {
            var text = d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            start.Environment["GIT_COMMITTER_DATE"] = text;
            start.Environment["GIT_AUTHOR_DATE"] = text;
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {errors}");
        }
    }
}
