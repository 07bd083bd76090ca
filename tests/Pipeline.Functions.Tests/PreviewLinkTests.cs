using System.Net;
using Pipeline.Rendering.Configuration;
using Pipeline.TestSupport;
using Pipeline.Web.Previews;

namespace Pipeline.Functions.Tests;

/// <summary>Preview links through the real worker: the <c>PreviewPage</c> function renders an unpublished draft for a valid token only.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class PreviewLinkTests(AzuriteFixture azurite, SharedWorker worker) : IClassFixture<SharedWorker>
{
    private static readonly PreviewTokens Tokens = new(WorkerSession.PreviewKey, TimeProvider.System);

    [Fact]
    public async Task A_signed_link_shows_a_draft_that_is_not_published_and_a_forged_one_is_not_found()
    {
        var session = await worker.GetAsync(azurite);
        await session.UploadAsync("drafts/plan.md", "---\ntitle: Plan\nslug: plan\ndraft: true\n---\nNot for readers yet.\n");
        Assert.True((await session.PublishAsync("drafts/plan.md")).Succeeded);
        var token = Tokens.Issue("drafts/plan.md", PreviewTokens.DefaultLifetime);

        using var preview = await session.Host.GetAsync(SitePaths.Preview(token));
        using var forged = await session.Host.GetAsync(SitePaths.Preview(token[..^1] + (token[^1] == 'A' ? 'B' : 'A')));
        using var article = await session.Host.GetAsync(SitePaths.Article("plan"));

        Assert.Equal("PreviewPage", preview.FunctionName);
        Assert.Equal(HttpStatusCode.OK, preview.Response.StatusCode);
        Assert.Contains("Not for readers yet.", await preview.Response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("noindex", preview.Response.Headers.GetValues(PreviewPageHandler.RobotsHeader).Single());
        Assert.True(preview.Response.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.Equal(HttpStatusCode.NotFound, forged.Response.StatusCode);
        Assert.Equal("application/problem+json", forged.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, article.Response.StatusCode);
    }
}
