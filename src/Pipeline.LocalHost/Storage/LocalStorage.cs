using System.Net;
using System.Net.Sockets;
using Pipeline.Emulator;
using Pipeline.Publishing.Configuration;
using Pipeline.Storage.Azure;

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

    private readonly Task<AzuriteEmulator>? _starting;

    private LocalStorage(Task<AzuriteEmulator>? starting) => _starting = starting;

    /// <summary>
    /// Makes <see cref="PipelineNames.StorageConnectionSetting"/> name a storage account: the configured one, or an
    /// Azurite started here. Its ports are chosen up front, so the connection string is known at once while Azurite
    /// boots in the background (Node takes seconds) and the host builds meanwhile; see <see cref="WaitUntilReadyAsync"/>.
    /// </summary>
    public static LocalStorage Start(ConfigurationManager configuration, ILogger logger)
    {
        if (StorageConnection.IsConfigured(configuration))
        {
            UseConfigured(StorageConnection.From(configuration), configuration);
            return new LocalStorage(null);
        }

        var root = RepositoryRoot.Find();
        var blobPort = configuration.GetValue(BlobPortSetting, StandardBlobPort);
        if (blobPort == StandardBlobPort && !PortsAreFree(StandardBlobPort, 3))
        {
            logger.LogWarning("Ports {First}-{Last} are taken (another Azurite?); starting Azurite on free ports instead", StandardBlobPort, StandardBlobPort + 2);
            blobPort = 0;
        }

        var ports = blobPort > 0 ? [blobPort, blobPort + 1, blobPort + 2] : FreePorts(3);
        var options = new AzuriteOptions
        {
            RepositoryRoot = root,
            BlobPort = ports[0],
            QueuePort = ports[1],
            TablePort = ports[2],
            Location = Path.Combine(root, configuration[DataDirectorySetting] ?? ".azurite"),
            InstallIfMissing = true,
        };
        var connectionString = DevelopmentStorageAccount.ConnectionString(options.Host, ports[0], ports[1], ports[2]);
        configuration[PipelineNames.StorageConnectionSetting] = connectionString;
        if (ports[0] != StandardBlobPort)
        {
            logger.LogWarning("Azurite runs on non-standard ports; tools need its connection string: {ConnectionString}", connectionString);
        }

        return new LocalStorage(AzuriteEmulator.StartAsync(options, logger));
    }

    /// <summary>Returns once the storage answers (at once for a configured account).</summary>
    public async Task WaitUntilReadyAsync()
    {
        if (_starting is not null)
        {
            await _starting;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_starting is { IsCompletedSuccessfully: true })
        {
            await _starting.Result.DisposeAsync();
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(listener => listener.Start());
        var ports = listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToArray();
        listeners.ForEach(listener => listener.Stop());
        return ports;
    }

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

    /// <summary>
    /// Lets the trigger engine reach the configured account. A connection string (possibly a <c>ConnectionStrings</c>
    /// entry) becomes the app setting. Identity-based settings stay as they are: the WebJobs storage extensions read
    /// the same <c>AzureWebJobsStorage__…</c> section, but their blob trigger and queue triggers need the queue
    /// endpoint, which the pipeline's own clients do not.
    /// </summary>
    internal static void UseConfigured(StorageConnection connection, IConfiguration configuration)
    {
        if (connection.ConnectionString is { } connectionString)
        {
            configuration[PipelineNames.StorageConnectionSetting] = connectionString;
        }
        else if (connection.QueueServiceUri is null)
        {
            var setting = PipelineNames.StorageConnectionSetting;
            throw new InvalidOperationException(
                $"Identity-based storage needs '{setting}__queueServiceUri' (or '{setting}__accountName') too: the blob " +
                "and queue triggers keep their receipts and messages in queues.");
        }
    }
}
