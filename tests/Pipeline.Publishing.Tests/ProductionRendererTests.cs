using Pipeline.Emulator;

namespace Pipeline.Publishing.Tests;

/// <summary>The publisher with the renderer the hosts really use, on the bundled Japanese sample.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ProductionRendererTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_japanese_sample_publishes_and_republishing_it_is_free()
    {
        await using var h = await StartAsync(azurite);
        var sample = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Find(), "samples", "trump-lee-summit.ja.txt"));
        await h.UploadAsync("news/trump-lee-summit.ja.txt", sample);

        var first = await h.Publisher.PublishAsync("news/trump-lee-summit.ja.txt");
        var again = await h.Publisher.PublishAsync("news/trump-lee-summit.ja.txt");

        Assert.Equal(PublishOutcome.Published, first.Outcome);
        Assert.Equal(PublishOutcome.Unchanged, again.Outcome);
        Assert.Contains("李在明大統領", await h.LivePageAsync(first.Slug!), StringComparison.Ordinal);
        Assert.Equal(first.Slug, Assert.Single(await h.ListAllAsync()).Slug);
    }
}
