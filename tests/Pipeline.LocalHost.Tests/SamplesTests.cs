using System.Net;
using System.Text.Json;
using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>The README's run command: <c>--publish-samples</c> uploads the bundled samples, they get published, their URLs are printed.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class SamplesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private LocalHostProcess _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostProcess.StartAsync(azurite.CreateStorage(), null, "--publish-samples");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_bundled_samples_are_published_and_their_urls_printed()
    {
        var bundled = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(BuiltProgram.Path("Pipeline.LocalHost", "Pipeline.LocalHost.dll"))!, "samples")).Length;
        await Eventually.GetAsync(() => Task.FromResult(_host.Output), output => output.Contains("Listing: ", StringComparison.Ordinal), () => _host.Output);

        using var listing = JsonDocument.Parse(await _host.Client.GetStringAsync("/api/articles"));
        var items = listing.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.True(bundled >= 2, $"only {bundled} bundled sample(s)");
        Assert.Equal(bundled, items.Count);
        var japanese = items.Single(item => item.GetProperty("title").GetString()!.Contains("トランプ氏と李大統領", StringComparison.Ordinal));
        Assert.Equal("ja", japanese.GetProperty("lang").GetString());
        var url = japanese.GetProperty("url").GetString()!;
        var page = await _host.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("李大統領", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(new Uri(_host.BaseAddress, url).ToString(), _host.Output, StringComparison.Ordinal);
    }
}
