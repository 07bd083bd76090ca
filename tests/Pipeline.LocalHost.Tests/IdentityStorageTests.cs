using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>
/// Identity-based storage settings (the form a storage account without keys needs) count as configured: the host
/// uses them instead of starting Azurite. No Azure account exists here, so what can run is the decision itself:
/// an identity-based section without the queue endpoint the triggers need stops the host at once, naming the key,
/// before any Azurite is started.
/// </summary>
public sealed class IdentityStorageTests
{
    [Fact]
    public async Task Identity_based_settings_without_a_queue_endpoint_stop_the_host_instead_of_starting_azurite()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalHostProcess.StartAsync(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "",
            ["AzureWebJobsStorage:blobServiceUri"] = "https://acct.blob.core.windows.net",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://acct.table.core.windows.net",
            ["LocalHost:AzuriteBlobPort"] = "0",
            ["LocalHost:HostId"] = "test-identity",
        }));

        Assert.Contains("exited", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__queueServiceUri", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Azurite (pid", error.Message, StringComparison.Ordinal);
    }
}
