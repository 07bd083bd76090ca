using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>
/// The real local host process while its real Azurite is stopped for longer than the SDK's retries last (the host
/// used to exit after ~25 s): it keeps running, answers 503 problem+json with Retry-After, logs the outage once,
/// and publishes again when storage is back.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class StorageOutageTests(AzuriteFixture azurite)
{
    /// <summary>Well past the ~25 s after which the WebJobs listeners used to give up and take the process down.</summary>
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task The_host_survives_a_long_storage_outage_and_resumes_publishing()
    {
        var storage = azurite.CreateStorage();
        var drafts = new BlobContainerClient(storage.ConnectionString, storage.DraftsContainer);
        await using var host = await LocalHostProcess.StartAsync(storage);
        await UploadAsync(drafts, "before-outage.md");
        await Eventually.GetAsync(() => StatusAsync(host, "/articles/before-outage"), s => s == HttpStatusCode.OK, () => host.Output);

        HttpResponseMessage duringOutage;
        await azurite.StopAsync();
        try
        {
            var outage = Task.Delay(Outage);
            duringOutage = await Eventually.GetAsync(
                () => GetAsync(host, "/api/articles"),
                response => response.StatusCode == HttpStatusCode.ServiceUnavailable,
                () => host.Output);
            await outage;
            Assert.False(host.HasExited, "the host exited during the outage:\n" + host.Output);
        }
        finally
        {
            await azurite.StartAsync();
        }

        Assert.Equal("application/problem+json", duringOutage.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(duringOutage.Headers.RetryAfter);

        await UploadAsync(drafts, "after-outage.md");
        await Eventually.GetAsync(() => StatusAsync(host, "/articles/after-outage"), s => s == HttpStatusCode.OK, () => host.Output);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(host, "/articles/before-outage"));

        var output = host.Output;
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(output, "storage is unreachable"));
        Assert.Equal(1, Occurrences(output, "storage is reachable again"));
    }

    private static async Task<HttpStatusCode> StatusAsync(LocalHostProcess host, string path) =>
        (await GetAsync(host, path)).StatusCode;

    private static async Task<HttpResponseMessage> GetAsync(LocalHostProcess host, string path)
    {
        try
        {
            return await host.Client.GetAsync(path);
        }
        catch (HttpRequestException ex)
        {
            Assert.Fail($"the host stopped answering ({ex.Message}):\n{host.Output}");
            throw;
        }
    }

    private static Task UploadAsync(BlobContainerClient drafts, string name) =>
        drafts.GetBlobClient(name).UploadAsync(new BinaryData(Encoding.UTF8.GetBytes($"# {Path.GetFileNameWithoutExtension(name)}\n\nWritten around an outage.\n")), overwrite: true);

    private static int Occurrences(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + phrase.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
