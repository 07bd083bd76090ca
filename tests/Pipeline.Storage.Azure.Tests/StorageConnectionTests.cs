using Microsoft.Extensions.Configuration;
using Pipeline.Publishing.Configuration;

namespace Pipeline.Storage.Azure.Tests;

/// <summary>The same registration must run against Azurite (connection string) and in Azure (managed identity).</summary>
public sealed class StorageConnectionTests
{
    [Fact]
    public void Identity_based_settings_build_clients_for_the_named_endpoints()
    {
        var connection = StorageConnection.From(Configuration(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://acct.blob.core.windows.net",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://acct.table.core.windows.net",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://acct.queue.core.windows.net",
        }));

        Assert.Null(connection.ConnectionString);
        Assert.NotNull(connection.Credential);
        Assert.Equal(new Uri("https://acct.queue.core.windows.net"), connection.QueueServiceUri);
        Assert.Equal("acct", connection.CreateBlobServiceClient(new PipelineOptions()).AccountName);
        Assert.Equal("acct", connection.CreateTableServiceClient(new PipelineOptions()).AccountName);
    }

    [Fact]
    public void An_account_name_alone_implies_the_public_endpoints()
    {
        var connection = StorageConnection.From(Configuration(new() { ["AzureWebJobsStorage:accountName"] = "acct" }));

        Assert.Equal(new Uri("https://acct.table.core.windows.net"), connection.TableServiceUri);
    }

    [Fact]
    public void A_connection_string_wins_and_a_missing_setting_is_explained()
    {
        var connection = StorageConnection.From(Configuration(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }));
        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);

        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.From(Configuration(new())));
        Assert.Contains("AzureWebJobsStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage", "UseDevelopmentStorage=true")]
    [InlineData("ConnectionStrings:AzureWebJobsStorage", "UseDevelopmentStorage=true")]
    [InlineData("AzureWebJobsStorage:blobServiceUri", "https://acct.blob.core.windows.net")]
    [InlineData("AzureWebJobsStorage:tableServiceUri", "https://acct.table.core.windows.net")]
    [InlineData("AzureWebJobsStorage:queueServiceUri", "https://acct.queue.core.windows.net")]
    [InlineData("AzureWebJobsStorage:accountName", "acct")]
    public void Each_settings_shape_counts_as_configured(string key, string value) =>
        Assert.True(StorageConnection.IsConfigured(Configuration(new() { [key] = value })));

    [Fact]
    public void Nothing_or_blank_settings_are_not_configured()
    {
        Assert.False(StorageConnection.IsConfigured(Configuration(new())));
        Assert.False(StorageConnection.IsConfigured(Configuration(new()
        {
            ["AzureWebJobsStorage"] = "",
            ["AzureWebJobsStorage:blobServiceUri"] = " ",
            ["AzureWebJobsStorage:clientId"] = "only-an-identity",
        })));
    }

    [Fact]
    public void A_blank_app_setting_falls_back_to_the_connection_strings_entry()
    {
        var connection = StorageConnection.From(Configuration(new()
        {
            ["AzureWebJobsStorage"] = "",
            ["ConnectionStrings:AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
        }));

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
