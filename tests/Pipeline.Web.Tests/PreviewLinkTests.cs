using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;
using Pipeline.TestSupport;
using Pipeline.Web.Previews;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>
/// Signed preview links over real storage and the production renderer: the draft's current version for a valid
/// token, one indistinguishable 404 for any other token, and nothing of the draft on the public site.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class PreviewLinkTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private readonly AdjustableTimeProvider _clock = new();
    private WebTestHost _host = null!;

    private PreviewTokens Tokens => _host.Services.GetRequiredService<PreviewTokens>();

    public async Task InitializeAsync() => _host = await WebTestHost.StartAsync(
        azurite,
        new Dictionary<string, string?> { ["Pipeline:Web:PreviewKey"] = Convert.ToBase64String(Key) },
        services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(_clock);
            services.RemoveAll<IArticleRenderer>();
            services.AddSingleton<IArticleRenderer>(sp =>
                new ArticleRenderer(sp.GetRequiredService<IOptions<RenderingOptions>>().Value, sp.GetRequiredService<TemplateSet>()));
        },
        withSite: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_valid_token_renders_the_drafts_current_version_unlisted_and_uncached()
    {
        await _host.PublishAsync("secret/plan.md", Draft("First version of the plan."));
        var link = SitePaths.Preview(Tokens.Issue("secret/plan.md", PreviewTokens.DefaultLifetime));

        var first = await _host.Client.GetAsync(link);
        await _host.PublishAsync("secret/plan.md", Draft("Second version of the plan."));
        var second = await _host.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("First version of the plan.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("Second version of the plan.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("First version", html, StringComparison.Ordinal);
        Assert.Equal("noindex", second.Headers.GetValues(PreviewPageHandler.RobotsHeader).Single());
        Assert.True(second.Headers.CacheControl is { Private: true, NoStore: true }, second.Headers.CacheControl?.ToString());
        Assert.Contains("script-src 'none'", second.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_previewed_draft_is_nowhere_on_the_public_site()
    {
        await _host.PublishAsync("public.md", "---\ntitle: Public post\nslug: public-post\ndate: 2026-01-01\n---\nFor everyone.\n");
        await _host.PublishAsync("secret/plan.md", Draft("The secret plan."));
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync(SitePaths.Preview(Tokens.Issue("secret/plan.md", TimeSpan.FromHours(1))))).StatusCode);

        foreach (var path in new[] { SitePaths.ArticlesApi, SitePaths.Index, SitePaths.AtomFeed, SitePaths.JsonFeed, SitePaths.Sitemap, SitePaths.Tag("plans") })
        {
            var response = await _host.Client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("secret-plan", body, StringComparison.Ordinal);
            Assert.DoesNotContain("The secret plan", body, StringComparison.Ordinal);
            Assert.DoesNotContain("/preview/", body, StringComparison.Ordinal);
            Assert.True(path == SitePaths.Tag("plans") || body.Contains("public-post", StringComparison.Ordinal), $"{path} should list the public post: {body}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.GetAsync(SitePaths.Article("secret-plan"))).StatusCode);
    }

    [Fact]
    public async Task Tampered_expired_foreign_and_unknown_tokens_get_one_and_the_same_404()
    {
        await _host.PublishAsync("secret/plan.md", Draft("The secret plan."));
        var valid = Tokens.Issue("secret/plan.md", TimeSpan.FromDays(1));
        var tampered = valid[..^2] + (valid[^2] == 'A' ? 'B' : 'A') + valid[^1];
        var otherKey = new PreviewTokens(RandomNumberGenerator.GetBytes(32), _clock).Issue("secret/plan.md", TimeSpan.FromDays(1));
        var listingCursor = new Paging.CursorCodec(Key).Encode(Paging.CursorScopes.Site(null), "secret/plan.md");
        var unknownDraft = Tokens.Issue("secret/no-such-draft.md", TimeSpan.FromDays(1));
        var expiring = Tokens.Issue("secret/plan.md", TimeSpan.FromDays(7));

        var refused = new List<string>();
        foreach (var token in new[] { tampered, otherKey, listingCursor, unknownDraft, "not-a-token" })
        {
            refused.Add(await NotFoundBodyAsync(token));
        }

        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync(SitePaths.Preview(expiring))).StatusCode);
        _clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        refused.Add(await NotFoundBodyAsync(expiring));

        Assert.Single(refused.Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_draft_that_fails_shows_its_error_with_the_line_to_the_link_holder()
    {
        await _host.UploadAsync("broken.md", "---\ntitle: Broken\ndate: not a date\n---\nText.\n");

        var response = await _host.Client.GetAsync(SitePaths.Preview(Tokens.Issue("broken.md", TimeSpan.FromHours(1))));
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, html);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("line 3", html, StringComparison.Ordinal);
        Assert.Contains("broken.md", html, StringComparison.Ordinal);
        Assert.Equal("noindex", response.Headers.GetValues(PreviewPageHandler.RobotsHeader).Single());
    }

    private async Task<string> NotFoundBodyAsync(string token)
    {
        var response = await _host.Client.GetAsync(SitePaths.Preview(token));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{(int)response.StatusCode} for {token}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("noindex", response.Headers.GetValues(PreviewPageHandler.RobotsHeader).Single());
        // The body is one problem document for all of them; only the per-request trace id differs.
        using var problem = JsonDocument.Parse(body);
        return string.Join('|', problem.RootElement.EnumerateObject().Where(p => p.Name != "traceId").Select(p => p.Name + "=" + p.Value.ToString()));
    }

    private static string Draft(string text) =>
        $"---\ntitle: Secret plan\nslug: secret-plan\ndate: 2026-01-02\ntags: [plans]\ndraft: true\n---\n{text}\n";
}
