using System.Net;
using System.Net.Http.Json;
using Pipeline.Publishing.Api;
using Pipeline.Publishing.Configuration;
using Pipeline.Rendering.Configuration;
using Pipeline.TestSupport;
using Pipeline.Web.Http;

namespace Pipeline.Browser.Tests;

/// <summary>
/// A local host of its own for one asset test: a fresh storage slice on the given Azurite, its own port as the site
/// address (so <c>og:image</c> points at it), and the author's commands — <c>pipeline upload DIR</c> and <c>pipeline delete NAME</c> — run as processes.
/// </summary>
public sealed class AssetHost : IAsyncDisposable
{
    private readonly TestStorage _storage;
    private readonly LocalHostProcess _host;

    private AssetHost(TestStorage storage, LocalHostProcess host)
    {
        _storage = storage;
        _host = host;
    }

    public Uri BaseAddress => _host.BaseAddress;

    public HttpClient Http => _host.Client;

    public string Output => _host.Output;

    public TestStorage Storage => _storage;

    public static async Task<AssetHost> StartAsync(string azuriteConnectionString)
    {
        var storage = new TestStorage(azuriteConnectionString);
        var port = SiteFixture.FreeLoopbackPort();
        var settings = new Dictionary<string, string?>(storage.Settings)
        {
            ["Pipeline:Site:BaseUrl"] = $"http://127.0.0.1:{port}/",
            ["LocalHost:HostId"] = "browser-assets-" + port,
            // Deletions reach the local host only through reconcile: a short period keeps the delete test short.
            [PipelineNames.ReconcileScheduleSetting] = "00:00:02",
        };
        return new AssetHost(storage, await LocalHostProcess.StartAsync(new LocalHostStart(settings) { Port = port }));
    }

    public Uri Absolute(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    /// <summary><c>pipeline upload FOLDER</c>, as an author uploads a whole repository.</summary>
    public Task UploadAsync(string folder) => CliAsync("upload", folder);

    /// <summary><c>pipeline delete NAME</c> (drafts and assets are both files of the drafts container).</summary>
    public Task DeleteAsync(string blobName) => CliAsync("delete", blobName);

    /// <summary>Waits until the article page at <paramref name="slug"/> answers 200 and <paramref name="done"/> holds for its HTML.</summary>
    public async Task<string> PageAsync(string slug, Func<string, bool> done) =>
        (await Eventually.GetAsync(
            async () =>
            {
                var response = await Http.GetAsync($"/articles/{slug}");
                return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
            },
            html => html is not null && done(html),
            () => Output))!;

    /// <summary>The draft's row in <c>/api/drafts</c> once <paramref name="done"/> holds for it.</summary>
    public async Task<DraftStateView> DraftAsync(string path, Func<DraftStateView, bool> done) =>
        (await Eventually.GetAsync(
            async () => (await Http.GetFromJsonAsync<DraftListView>(SitePaths.DraftsApi, ApiJson.Options))!.Drafts.SingleOrDefault(d => d.Path == path),
            draft => draft is not null && done(draft),
            () => Output))!;

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task CliAsync(string command, string argument)
    {
        var run = await CliProcess.RunAsync(command, argument, "--connection", _storage.ConnectionString, "--container", _storage.DraftsContainer);
        Assert.True(run.ExitCode == 0, $"pipeline {command} {argument} exited {run.ExitCode}:\n{run.Output}");
    }
}
