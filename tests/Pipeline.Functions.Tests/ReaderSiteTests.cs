using System.Net;
using Pipeline.Rendering.Configuration;
using Pipeline.TestSupport;

namespace Pipeline.Functions.Tests;

/// <summary>The reader's site (index, tag page, feeds, sitemap, robots.txt) served by the real worker's HTTP functions.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ReaderSiteTests(AzuriteFixture azurite, SharedWorker worker) : IClassFixture<SharedWorker>
{
    [Theory]
    [InlineData(SitePaths.Index, "SiteIndex", "text/html")]
    [InlineData("/tags/%E6%9D%B1%E4%BA%AC", "TagPage", "text/html")]
    [InlineData(SitePaths.AtomFeed, "AtomFeed", "application/atom+xml")]
    [InlineData(SitePaths.JsonFeed, "JsonFeed", "application/feed+json")]
    [InlineData(SitePaths.Sitemap, "Sitemap", "application/xml")]
    [InlineData(SitePaths.Robots, "Robots", "text/plain")]
    public async Task Each_reader_route_reaches_its_function_lists_the_article_and_revalidates_with_304(string path, string function, string mediaType)
    {
        var session = await worker.GetAsync(azurite);
        await session.UploadAsync("tokyo-autumn.ja.md", File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "samples", "tokyo-autumn.ja.md")));
        Assert.True((await session.PublishAsync("tokyo-autumn.ja.md")).Succeeded);

        using var first = await session.Host.GetAsync(path);
        Assert.Equal(function, first.FunctionName);
        Assert.True(first.Invocation.Succeeded, first.Invocation.ErrorMessage);
        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        Assert.Equal(mediaType, first.Response.Content.Headers.ContentType?.MediaType);
        var body = await first.Response.Content.ReadAsStringAsync();
        if (path != SitePaths.Robots)
        {
            Assert.Contains(path is SitePaths.Sitemap ? "%E6%9D%B1%E4%BA%AC" : "東京の秋", body, StringComparison.Ordinal);
        }

        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(first.Response.Headers.ETag!);
        using var second = await session.Host.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, second.Response.StatusCode);
    }
}
