using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Pipeline.Storage.Azure.Upload;

/// <summary>
/// The last commit date (<c>%cI</c>, the committer date) of many files in one git repository from a single
/// <c>git log --name-only -z</c> walk, newest commit first, stopped as soon as every file has its date — what
/// <c>git log -1 --format=%cI -- FILE</c> answers per file, without a process per file.
/// </summary>
internal static class GitCommitDates
{
    /// <summary>Separates commits in the walk's output; a path cannot contain it in practice (and never starts with it).</summary>
    private const char CommitMark = '\x1e';

    /// <summary>More folders than this and the walk is not limited to them (a long command line buys nothing).</summary>
    private const int MaxPathspecs = 200;

    /// <summary>The repository's top folder for <paramref name="directory"/>, or null when it is not in a git work tree (or git is missing).</summary>
    public static async Task<string?> FindRepositoryAsync(string directory, CancellationToken cancellationToken)
    {
        var output = new StringBuilder();
        var ok = await RunAsync(directory, ["rev-parse", "--show-toplevel"], text => { output.Append(text); return true; }, cancellationToken);
        var top = output.ToString().Trim();
        return ok && top.Length > 0 ? Path.GetFullPath(top) : null;
    }

    /// <summary>
    /// Dates for the files of <paramref name="relativePaths"/> (relative to <paramref name="repository"/>, '/'-separated)
    /// that have a commit; files never committed are absent from the result.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, DateTimeOffset>> ReadAsync(
        string repository, IReadOnlyCollection<string> relativePaths, CancellationToken cancellationToken)
    {
        var wanted = new HashSet<string>(relativePaths, StringComparer.Ordinal);
        var found = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        var folders = relativePaths.Select(path => Path.GetDirectoryName(path)?.Replace('\\', '/') ?? "").Distinct(StringComparer.Ordinal).ToList();
        var arguments = new List<string> { "-c", "core.quotepath=off", "log", "--no-renames", "--name-only", "-z", "--format=" + CommitMark + "%cI" };
        if (folders.Count <= MaxPathspecs && !folders.Contains(""))
        {
            arguments.Add("--");
            arguments.AddRange(folders.Select(folder => ":(literal)" + folder));
        }

        DateTimeOffset? commitDate = null;
        var token = new StringBuilder();
        await RunAsync(repository, arguments, chunk =>
        {
            foreach (var c in chunk)
            {
                if (c != '\0')
                {
                    token.Append(c);
                    continue;
                }

                var text = token.ToString().TrimStart('\n');
                token.Clear();
                if (text.StartsWith(CommitMark))
                {
                    commitDate = DateTimeOffset.TryParse(text.AsSpan(1), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
                }
                else if (commitDate is { } date && wanted.Remove(text))
                {
                    found[text] = date;
                }
            }

            return wanted.Count > 0; // every file dated: stop reading older history
        }, cancellationToken);
        return found;
    }

    /// <summary>Runs git, handing its standard output to <paramref name="read"/> until it returns false; false when git is missing or fails.</summary>
    private static async Task<bool> RunAsync(string workingDirectory, IEnumerable<string> arguments, Func<string, bool> read, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Dates and paths as git stores them, whatever the user's configuration or locale says.
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["LC_ALL"] = "C";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("git did not start");
        }
        catch (Win32Exception)
        {
            return false; // no git on this machine: callers fall back to modification times
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            var buffer = new char[8192];
            var stopped = false;
            int count;
            while ((count = await process.StandardOutput.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (!read(new string(buffer, 0, count)))
                {
                    stopped = true;
                    process.Kill();
                    break;
                }
            }

            await process.WaitForExitAsync(cancellationToken);
            await errors;
            return stopped || process.ExitCode == 0;
        }
    }
}
