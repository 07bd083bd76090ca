using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.Publishing.Tests.Operations;

/// <summary>
/// How many storage operations one publish costs, counted on the real clients against Azurite (counts, not times).
/// docs/architecture.md ("Storage operations per publish") names the guarantee each remaining operation buys; a
/// change here must change that table too.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class OperationsPerPublishTests(AzuriteFixture azurite)
{
    private const string Path = "posts/hello.md";

    [Fact]
    public async Task A_new_draft_is_published_in_six_operations()
    {
        var (h, counter) = await StartCountedAsync();
        await using var _ = h;
        await h.UploadAsync(Path, Draft("Hello", slug: "hello"));
        counter.Reset();

        var result = await h.Publisher.PublishAsync(Path);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        AssertOperations(counter, 6);
    }

    [Fact]
    public async Task A_duplicate_event_for_the_live_version_costs_three_reads_and_no_write()
    {
        var (h, counter) = await StartCountedAsync();
        await using var _ = h;
        await h.UploadAndPublishAsync(Path, Draft("Hello", slug: "hello"));
        counter.Reset();

        var result = await h.Publisher.PublishAsync(Path);

        Assert.Equal(PublishOutcome.Unchanged, result.Outcome);
        AssertOperations(counter, 3);
        Assert.All(counter.Operations, operation => Assert.StartsWith("GET ", operation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unchanged_reupload_is_skipped_in_three_operations()
    {
        var (h, counter) = await StartCountedAsync();
        await using var _ = h;
        await h.UploadAndPublishAsync(Path, Draft("Hello", slug: "hello"));
        var etag = await h.UploadAsync(Path, Draft("Hello", slug: "hello"));
        counter.Reset();

        var result = await h.Publisher.PublishAsync(Path);

        Assert.Equal(PublishOutcome.Unchanged, result.Outcome);
        AssertOperations(counter, 3);
        Assert.Equal(etag, (await h.Statuses.GetAsync(Path))!.ETag); // the status row names the version that was handled
    }

    [Fact]
    public async Task An_update_is_published_in_eight_operations()
    {
        var (h, counter) = await StartCountedAsync();
        await using var _ = h;
        await h.UploadAndPublishAsync(Path, Draft("Hello", slug: "hello"));
        await h.UploadAsync(Path, Draft("Hello again", slug: "hello"));
        counter.Reset();

        var result = await h.Publisher.PublishAsync(Path);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        AssertOperations(counter, 8);
    }

    private static void AssertOperations(StorageOperationCounter counter, int expected)
    {
        var operations = counter.Operations;
        Assert.True(operations.Count == expected, $"expected {expected} storage operations, got {operations.Count}:\n{string.Join('\n', operations)}");
    }

    private async Task<(PublishingHarness Harness, StorageOperationCounter Counter)> StartCountedAsync()
    {
        var counter = new StorageOperationCounter();
        var harness = await StartAsync(azurite, configure: services =>
        {
            services.AddSingleton(_ =>
            {
                var options = new BlobClientOptions();
                options.AddPolicy(counter.For("blob"), HttpPipelinePosition.PerCall);
                return new BlobServiceClient(azurite.ConnectionString, options);
            });
            services.AddSingleton(_ =>
            {
                var options = new TableClientOptions();
                options.AddPolicy(counter.For("table"), HttpPipelinePosition.PerCall);
                return new TableServiceClient(azurite.ConnectionString, options);
            });
        });
        return (harness, counter);
    }
}
