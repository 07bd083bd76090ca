using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Pipeline.Emulator;

/// <summary>
/// Installs the Azurite version pinned by the repository's package-lock.json (<c>npm ci</c>) when
/// <c>node_modules/azurite</c> is missing. Several processes (test assemblies run in parallel, a host and
/// the CLI) may ask at once, so installs are serialised by an exclusive lock file.
/// </summary>
public static class AzuriteInstaller
{
    /// <summary>Azurite's entry point relative to the repository root.</summary>
    public static readonly string EntryPoint = Path.Combine("node_modules", "azurite", "dist", "src", "azurite.js");

    public static bool IsInstalled(string repositoryRoot) => File.Exists(Path.Combine(repositoryRoot, EntryPoint));

    public static async Task EnsureInstalledAsync(string repositoryRoot, ILogger logger, CancellationToken cancellationToken)
    {
        if (IsInstalled(repositoryRoot))
        {
            return;
        }

        if (!File.Exists(Path.Combine(repositoryRoot, "package-lock.json")))
        {
            throw new InvalidOperationException($"No package-lock.json in '{repositoryRoot}': cannot install the pinned Azurite.");
        }

        await using var installLock = await AcquireLockAsync(repositoryRoot, cancellationToken);
        if (IsInstalled(repositoryRoot))
        {
            return; // another process installed it while we waited
        }

        logger.LogInformation("Installing Azurite with npm ci in {RepositoryRoot} (first run only)", repositoryRoot);
        var stopwatch = Stopwatch.StartNew();
        await RunNpmCiAsync(repositoryRoot, cancellationToken);
        logger.LogInformation("Azurite installed in {ElapsedMs} ms", stopwatch.ElapsedMilliseconds);
    }

    private static async Task RunNpmCiAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartOrExplain(start);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || !IsInstalled(repositoryRoot))
        {
            throw new InvalidOperationException(
                $"npm ci failed in '{repositoryRoot}' (exit {process.ExitCode}):\n{await output}\n{await errors}");
        }
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("npm did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Node.js 20+ with npm must be on PATH to install Azurite.", e);
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(repositoryRoot)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"pipeline-azurite-install-{id}.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }
}
