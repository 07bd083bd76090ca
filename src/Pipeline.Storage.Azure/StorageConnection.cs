using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Storage.Azure;

/// <summary>
/// The storage account as configured under <see cref="PipelineNames.StorageConnectionSetting"/>, in either of
/// the forms the Functions host accepts: a connection string, or identity-based settings
/// (<c>AzureWebJobsStorage__blobServiceUri</c>, <c>__tableServiceUri</c>, <c>__queueServiceUri</c>, or
/// <c>__accountName</c>; optional <c>__clientId</c> for a user-assigned identity) used with
/// <see cref="DefaultAzureCredential"/>. The same code so runs against Azurite and in Azure.
/// </summary>
public sealed class StorageConnection
{
    /// <summary>The keys that make up identity-based settings (those <see cref="From"/> reads to find the endpoints).</summary>
    private static readonly string[] IdentityKeys = ["blobServiceUri", "tableServiceUri", "queueServiceUri", "accountName"];

    private StorageConnection(string? connectionString, Uri? blobServiceUri, Uri? tableServiceUri, Uri? queueServiceUri, TokenCredential? credential)
    {
        ConnectionString = connectionString;
        BlobServiceUri = blobServiceUri;
        TableServiceUri = tableServiceUri;
        QueueServiceUri = queueServiceUri;
        Credential = credential;
    }

    public string? ConnectionString { get; }
    public Uri? BlobServiceUri { get; }
    public Uri? TableServiceUri { get; }
    public Uri? QueueServiceUri { get; }
    public TokenCredential? Credential { get; }

    /// <summary>
    /// Whether any storage is configured: a connection string, or at least one of the identity-based keys (an
    /// incomplete set is still "configured", so <see cref="From"/> explains what is missing instead of a host
    /// silently falling back to an emulator).
    /// </summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        ConfiguredConnectionString(configuration) is not null
        || IdentityKeys.Any(key => !string.IsNullOrWhiteSpace(configuration.GetSection(PipelineNames.StorageConnectionSetting)[key]));

    public static StorageConnection From(IConfiguration configuration)
    {
        var setting = PipelineNames.StorageConnectionSetting;
        if (ConfiguredConnectionString(configuration) is { } connectionString)
        {
            return new StorageConnection(connectionString, null, null, null, null);
        }

        var section = configuration.GetSection(setting);
        var account = section["accountName"];
        var blob = UriOrNull(section["blobServiceUri"]) ?? AccountUri(account, "blob");
        var table = UriOrNull(section["tableServiceUri"]) ?? AccountUri(account, "table");
        var queue = UriOrNull(section["queueServiceUri"]) ?? AccountUri(account, "queue");
        if (blob is null || table is null)
        {
            throw new InvalidOperationException(
                $"No storage configured: set '{setting}' to a connection string, or '{setting}__blobServiceUri' and " +
                $"'{setting}__tableServiceUri' (or '{setting}__accountName') for identity-based access.");
        }

        var clientId = section["clientId"];
        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId,
        });
        return new StorageConnection(null, blob, table, queue, credential);
    }

    /// <summary>The connection string as an app setting or a <c>ConnectionStrings</c> entry of the same name.</summary>
    public static string? ConfiguredConnectionString(IConfiguration configuration)
    {
        var setting = PipelineNames.StorageConnectionSetting;
        var value = !string.IsNullOrWhiteSpace(configuration[setting])
            ? configuration[setting]
            : configuration.GetConnectionString(setting);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public BlobServiceClient CreateBlobServiceClient(PipelineOptions options)
    {
        var clientOptions = new BlobClientOptions();
        Configure(clientOptions.Retry, options);
        return ConnectionString is not null
            ? new BlobServiceClient(ConnectionString, clientOptions)
            : new BlobServiceClient(BlobServiceUri, Credential, clientOptions);
    }

    public TableServiceClient CreateTableServiceClient(PipelineOptions options)
    {
        var clientOptions = new TableClientOptions();
        Configure(clientOptions.Retry, options);
        return ConnectionString is not null
            ? new TableServiceClient(ConnectionString, clientOptions)
            : new TableServiceClient(TableServiceUri, Credential, clientOptions);
    }

    private static void Configure(RetryOptions retry, PipelineOptions options)
    {
        retry.MaxRetries = options.StorageMaxRetries;
        retry.Mode = RetryMode.Exponential;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(10);
        retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }

    private static Uri? UriOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : new Uri(value);

    private static Uri? AccountUri(string? account, string service) =>
        string.IsNullOrWhiteSpace(account) ? null : new Uri($"https://{account}.{service}.core.windows.net");
}
