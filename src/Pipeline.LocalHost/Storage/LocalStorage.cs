using System.Net;
using System.Net.Sockets;
using Pipeline.Core.Configuration;
using Pipeline.Emulator;

namespace Pipeline.LocalHost.Storage;

/// <summary>
/// Where the local host keeps its data: the storage connection that is configured, or else an Azurite it starts
/// itself on loopback (installing it on first use) with data in a git-ignored folder, stopped when the host exits.
/// </summary>
internal sealed class LocalStorage : IAsyncDisposable
{
    /// <summary>
    /// First of Azurite's three ports (blob; queue and table follow) when starting it here. The default is Azurite's
    /// own 10000, so tools' "local emulator" defaults reach it; when that range is taken, free ports are used instead.
    /// 0 always picks free ports.
    /// </summary>
    public const string BlobPortSetting = "LocalHost:AzuriteBlobPort";

    /// <summary>Folder (relative to the repository root) holding the started Azurite's data between runs.</summary>
    public const string DataDirectorySetting = "LocalHost:AzuriteDataDirectory";

    private const int StandardBlobPort = 10000;

    private readonly AzuriteEmulator? emulator;

    private LocalStorage(AzuriteEmulator? emulator) => this.emulator = emulator;

    /// <summary>Makes sure <see cref="PipelineNames.StorageConnectionSetting"/> names a reachable account, starting Azurite if none is configured.</summary>
    public static async Task<LocalStorage> EnsureAsync(ConfigurationManager configuration, ILogger logger, CancellationToken cancellationToken = default)
    {
        if (ConfiguredConnection(configuration) is { } configured)
        {
            configuration[PipelineNames.StorageConnectionSetting] = configured;
            return new LocalStorage(null);
        }

        var root = RepositoryRoot.Find();
        var port = configuration.GetValue(BlobPortSetting, StandardBlobPort) is > 0 and var blob ? blob : (int?)null;
        if (port == StandardBlobPort && !PortsAreFree(StandardBlobPort, 3))
        {
            logger.LogWarning("Ports {First}-{Last} are taken (another Azurite?); starting Azurite on free ports instead", StandardBlobPort, StandardBlobPort + 2);
            port = null;
        }

        var emulator = await AzuriteEmulator.StartAsync(
            new AzuriteOptions
            {
                RepositoryRoot = root,
                BlobPort = port,
                QueuePort = port + 1,
                TablePort = port + 2,
                Location = Path.Combine(root, configuration[DataDirectorySetting] ?? ".azurite"),
                InstallIfMissing = true,
            },
            logger,
            cancellationToken);
        configuration[PipelineNames.StorageConnectionSetting] = emulator.ConnectionString;
        if (emulator.BlobPort != StandardBlobPort)
        {
            logger.LogWarning("Azurite is on non-standard ports; tools need its connection string: {ConnectionString}", emulator.ConnectionString);
        }

        return new LocalStorage(emulator);
    }

    public ValueTask DisposeAsync() => emulator?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static bool PortsAreFree(int first, int count)
    {
        for (var port = first; port < first + count; port++)
        {
            try
            {
                var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                listener.Stop();
            }
            catch (SocketException)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The connection as an app setting (<c>AzureWebJobsStorage</c>) or a connection string entry of that name.</summary>
    private static string? ConfiguredConnection(IConfiguration configuration) =>
        configuration[PipelineNames.StorageConnectionSetting] is { Length: > 0 } setting
            ? setting
            : configuration.GetConnectionString(PipelineNames.StorageConnectionSetting) is { Length: > 0 } connection ? connection : null;
}
