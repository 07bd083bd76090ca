namespace Pipeline.Emulator;

/// <summary>How to run Azurite. Unset ports are chosen free on loopback at start.</summary>
public sealed class AzuriteOptions
{
    /// <summary>Interface Azurite listens on; loopback keeps the emulator private to this machine.</summary>
    public string Host { get; set; } = "127.0.0.1";

    public int? BlobPort { get; set; }
    public int? QueuePort { get; set; }
    public int? TablePort { get; set; }

    /// <summary>Folder for Azurite's data (survives restarts); <c>null</c> keeps everything in memory.</summary>
    public string? Location { get; set; }

    /// <summary>Folder holding Pipeline.sln, package.json and node_modules; found by walking up when unset.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>Run <c>npm ci</c> in the repository root when <c>node_modules/azurite</c> is missing.</summary>
    public bool InstallIfMissing { get; set; } = true;

    /// <summary>How long to wait for the three ports to accept connections.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a graceful stop (SIGTERM) may take before the process is killed.</summary>
    public TimeSpan StopGracePeriod { get; set; } = TimeSpan.FromSeconds(5);
}
