using System.Net;
using System.Security.Cryptography;
using Pipeline.Publishing.Configuration;
using Pipeline.TestSupport;

namespace Pipeline.LocalHost.Tests;

/// <summary>
/// A reviewer's link: <c>pipeline preview-link</c> signs with the key the local host was given, and the host shows
/// the unpublished draft at that link and nowhere else.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class PreviewLinkCliTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private TestStorage _storage = null!;
    private LocalHostProcess _host = null!;

    public async Task InitializeAsync()
    {
        _storage = azurite.CreateStorage();
        _host = await LocalHostProcess.StartAsync(_storage, new Dictionary<string, string?> { ["Pipeline:Web:PreviewKey"] = _key });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_cli_link_opens_a_draft_on_the_host_that_shares_its_key()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-preview-link-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "plan.md"), "---\ntitle: Plan\nslug: plan\ndraft: true\n---\nFor the reviewer only.\n");
        var upload = await CliProcess.RunAsync("upload", Path.Combine(folder, "plan.md"), "--connection", _storage.ConnectionString, "--container", _storage.DraftsContainer);
        Assert.True(upload.ExitCode == 0, upload.Output);
        var environment = new Dictionary<string, string>
        {
            [PipelineNames.PreviewKeySetting] = _key,
            ["Pipeline__Site__BaseUrl"] = _host.BaseAddress.ToString(),
        };

        var link = await CliProcess.RunAsync(environment, "preview-link", "plan.md");
        var withoutKey = await CliProcess.RunAsync(new Dictionary<string, string> { [PipelineNames.PreviewKeySetting] = "" }, "preview-link", "plan.md");

        Assert.True(link.ExitCode == 0, link.Output);
        var url = new Uri(link.Output.Trim());
        Assert.StartsWith(_host.BaseAddress + "preview/", url.AbsoluteUri, StringComparison.Ordinal);
        var page = await _host.Client.GetAsync(url.PathAndQuery);
        Assert.True(page.StatusCode == HttpStatusCode.OK, await page.Content.ReadAsStringAsync() + _host.Output);
        Assert.Contains("For the reviewer only.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.Client.GetAsync("/articles/plan")).StatusCode);
        Assert.Equal(2, withoutKey.ExitCode);
        Assert.Contains(PipelineNames.PreviewKeySetting, withoutKey.Output, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
