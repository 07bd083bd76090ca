using System.Net;
using Pipeline.TestSupport;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>
/// Every HTML answer — article pages, the reader's site, and the generated 404/410 pages — refuses framing by other
/// sites, limits the referrer, forbids sniffing and carries a Content-Security-Policy.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class SecurityHeadersTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private WebTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WebTestHost.StartAsync(azurite, withSite: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Html_answers_carry_framing_referrer_sniffing_and_script_policies()
    {
        await _host.PublishAsync("framed.md", DraftText.Article("framed", DateTimeOffset.UtcNow.AddDays(-1)));
        await _host.PublishAsync("removed.md", DraftText.Article("removed", DateTimeOffset.UtcNow.AddDays(-1)));
        await _host.DeleteAsync("removed.md");

        var answers = new Dictionary<string, HttpStatusCode>
        {
            ["/articles/framed"] = HttpStatusCode.OK,
            ["/"] = HttpStatusCode.OK,
            ["/articles/never-published"] = HttpStatusCode.NotFound,
            ["/articles/removed"] = HttpStatusCode.Gone,
        };
        foreach (var (path, status) in answers)
        {
            var response = await _host.Client.GetAsync(path);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var policy = Header(response, "Content-Security-Policy");
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Matches("(script-src|default-src) 'none'", policy);
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        }
    }

    [Fact]
    public async Task Generated_pages_name_an_inline_icon_so_the_browser_does_not_ask_for_favicon_ico()
    {
        var html = await (await _host.Client.GetAsync("/articles/never-published")).Content.ReadAsStringAsync();
        Assert.Contains("<link rel=\"icon\" href=\"data:,\">", html, StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : $"(no {name})";
}
