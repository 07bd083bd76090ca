using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Pipeline.Emulator;
using Pipeline.Publishing.Api;
using Pipeline.Publishing.Configuration;
using Pipeline.Rendering.Configuration;
using Pipeline.TestSupport;
using Pipeline.Web.Http;

namespace Pipeline.Browser.Tests;

/// <summary>
/// The site under test: a real Azurite, the real local host process on a free port publishing
/// <see cref="DraftCorpus"/> through its blob trigger, and the drafts' final states once every one is processed.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const int PageSize = 10;
    public const string SiteTitle = "Pipeline テスト";

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(3);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pipeline-site-" + Guid.NewGuid().ToString("N"));
    private AzuriteEmulator? _azurite;
    private LocalHostProcess? _host;

    public DraftCorpus Corpus { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public Uri BaseAddress => _host!.BaseAddress;

    public IReadOnlyList<DraftStateView> Drafts { get; private set; } = [];

    public string HostOutput => _host?.Output ?? "";

    /// <summary>The storage the local host publishes from, for tests that change a draft as an author would.</summary>
    public string StorageConnectionString => _azurite!.ConnectionString;

    /// <summary>Waits until the draft at <paramref name="path"/> is published in a version other than <paramref name="previousETag"/>.</summary>
    public async Task<DraftStateView> WaitForRepublishAsync(string path, string? previousETag)
    {
        using var deadline = new CancellationTokenSource(PublishTimeout);
        while (true)
        {
            var view = await Http.GetFromJsonAsync<DraftListView>(SitePaths.DraftsApi, ApiJson.Options, deadline.Token);
            var draft = view!.Drafts.Single(d => d.Path == path);
            if (draft.State == "published" && draft.ETag != previousETag)
            {
                return draft;
            }

            await Task.Delay(250, deadline.Token);
        }
    }

    public async Task InitializeAsync()
    {
        Corpus = DraftCorpus.Write(Path.Combine(_folder, "drafts"));
        _azurite = await AzuriteEmulator.StartAsync(new AzuriteOptions());
        var port = FreeLoopbackPort();
        _host = await LocalHostProcess.StartAsync(new LocalHostStart(
            new Dictionary<string, string?>
            {
                [PipelineNames.StorageConnectionSetting] = _azurite.ConnectionString,
                ["Pipeline:Site:BaseUrl"] = $"http://127.0.0.1:{port}/",
                ["Pipeline:Site:Title"] = SiteTitle,
                ["Pipeline:Site:Language"] = "ja",
                ["Pipeline:Site:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["LocalHost:HostId"] = "browser-tests-" + port,
            })
        {
            Port = port,
            Flags = ["--samples", Corpus.Folder],
        });
        Http = new HttpClient { BaseAddress = _host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Drafts = await WaitUntilProcessedAsync();
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    public Uri Absolute(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    /// <summary>The published article whose draft is <paramref name="path"/>: its site-relative URL.</summary>
    public string ArticleUrl(string path) =>
        Drafts.Single(d => d.Path == path).Url ?? throw new InvalidOperationException($"{path} was not published: {HostOutput}");

    internal static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<IReadOnlyList<DraftStateView>> WaitUntilProcessedAsync()
    {
        using var deadline = new CancellationTokenSource(PublishTimeout);
        IReadOnlyList<DraftStateView> drafts = [];
        while (!deadline.IsCancellationRequested)
        {
            if (_host!.HasExited)
            {
                throw new InvalidOperationException("The local host exited:\n" + _host.Output);
            }

            try
            {
                var view = await Http.GetFromJsonAsync<DraftListView>(SitePaths.DraftsApi, ApiJson.Options, deadline.Token);
                drafts = view?.Drafts ?? [];
                if (drafts.Count >= Corpus.DraftCount && drafts.All(d => d.State is not "pending"))
                {
                    return drafts;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException(
            $"{drafts.Count(d => d.State is not "pending")} of {Corpus.DraftCount} drafts processed within {PublishTimeout}:\n" + _host!.Output);
    }
}
