using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.Publishing.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class StorageSmokeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Pages_are_stored_as_utf8_html_with_cache_control_and_source_metadata()
    {
        await using var services = await azurite.CreateStorage().StartServicesAsync();
        var pages = services.GetRequiredService<IPageStore>();

        var etag = await pages.WriteAsync(new PageWrite("首脳会談/v1.html", "<p>日米</p>", "news/首脳会談.ja.txt", "\"0x1\"", "abc", "r1"));
        var page = await pages.ReadAsync("首脳会談/v1.html");

        Assert.NotNull(page);
        Assert.Equal(etag, page.ETag);
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Equal("public, max-age=60", page.CacheControl);
        Assert.Equal("<p>日米</p>", System.Text.Encoding.UTF8.GetString(page.Content.Span));
        Assert.Equal("news/首脳会談.ja.txt", Uri.UnescapeDataString(page.Metadata["sourcepath"]));
        Assert.Equal("abc", page.Metadata["contenthash"]);

        var notModified = await pages.ReadAsync("首脳会談/v1.html", etag);
        Assert.True(notModified!.NotModified);
        Assert.True(notModified.Content.IsEmpty);
    }
}
