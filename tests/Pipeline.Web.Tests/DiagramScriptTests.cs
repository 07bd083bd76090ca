using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using Pipeline.Emulator;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Diagrams;
using Pipeline.TestSupport;
using Pipeline.Web.Http;
using Pipeline.Web.Static;
using Pipeline.Web.Tests.Support;

namespace Pipeline.Web.Tests;

/// <summary>
/// The diagram script: served by the site itself, immutable, gzip when asked, and allowed by CSP (by its hash) only on
/// pages that have a diagram.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class DiagramScriptTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string BasePolicy = "script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private WebTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WebTestHost.StartAsync(azurite, withSite: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void The_integrity_the_pages_carry_is_the_hash_of_the_vendored_file()
    {
        var vendored = File.ReadAllBytes(Path.Combine(RepositoryRoot.Find(), "third_party", "mermaid", "mermaid.min.js"));
        Assert.Equal(vendored, DiagramScriptHandler.Content.ToArray());
        Assert.Equal(MermaidScript.Integrity, "sha384-" + Convert.ToBase64String(SHA384.HashData(vendored)));
        // third_party/mermaid/NOTICE: the copy of mermaid@12.3.0's dist/mermaid.min.js.
        Assert.Equal("336df803d87a38b70a01e736e666c8f7601d2ce42f5e47c8fafe5d721074b9a3", Convert.ToHexStringLower(SHA256.HashData(vendored)));
    }

    [Fact]
    public async Task The_script_is_served_as_immutable_javascript_and_gzip_when_accepted()
    {
        var plain = await _host.Client.GetAsync(SitePaths.MermaidScript);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("text/javascript", plain.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DiagramScriptHandler.CacheControl, plain.Headers.CacheControl?.ToString());
        var body = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(DiagramScriptHandler.Content.ToArray(), body);

        using var gzipRequest = new HttpRequestMessage(HttpMethod.Get, SitePaths.MermaidScript);
        gzipRequest.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        var gzip = await _host.Client.SendAsync(gzipRequest);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        var compressed = await gzip.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < body.Length / 2, $"{compressed.Length} of {body.Length} bytes");
        using var unzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        await unzip.CopyToAsync(inflated);
        Assert.Equal(body, inflated.ToArray());
        Assert.NotEqual(plain.Headers.ETag, gzip.Headers.ETag);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, SitePaths.MermaidScript);
        revalidate.Headers.TryAddWithoutValidation("If-None-Match", plain.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await _host.Client.SendAsync(revalidate)).StatusCode);
    }

    [Fact]
    public async Task Only_a_page_with_a_diagram_may_run_the_script_and_nothing_else()
    {
        await _host.PublishAsync("flow.md", "title: Flow\nslug: flow\ndate: 2025-01-01\ndiagrams: true\n\nA diagram.");
        await _host.PublishAsync("prose.md", "title: Prose\nslug: prose\ndate: 2025-01-01\n\nNo diagram.");

        var withDiagram = (await _host.Client.GetAsync("/articles/flow")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"script-src '{MermaidScript.Integrity}';", withDiagram, StringComparison.Ordinal);
        Assert.DoesNotContain("'none';", withDiagram.Split("script-src")[1].Split(';')[0], StringComparison.Ordinal);
        var without = (await _host.Client.GetAsync("/articles/prose")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'none'", without, StringComparison.Ordinal);
        Assert.DoesNotContain("sha384", without, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BasePolicy, "script-src 'HASH'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; frame-src 'none'")]
    [InlineData("script-src 'self'; object-src 'none'", "script-src 'self' 'HASH'; object-src 'none'; frame-src 'none'")]
    [InlineData("default-src 'self'", "default-src 'self'; script-src 'HASH'; frame-src 'none'")]
    public void The_hash_joins_the_script_sources_of_any_base_policy(string basePolicy, string expected) =>
        Assert.Equal(expected.Replace("HASH", MermaidScript.Integrity, StringComparison.Ordinal), PageSecurityPolicy.With(basePolicy, frameSources: null, diagrams: true));

    [Fact]
    public void Without_diagrams_the_base_policy_is_unchanged() =>
        Assert.Equal(BasePolicy + "; frame-src 'none'", PageSecurityPolicy.With(BasePolicy, frameSources: null));
}
