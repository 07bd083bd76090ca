using System.Net.Http.Json;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Pipeline.Core.Api;
using Pipeline.Core.Configuration;
using Pipeline.Core.Drafts.Upload;
using Pipeline.Web.Http;

namespace Pipeline.LocalHost.Samples;

/// <summary>
/// <c>--publish-samples</c>: once the host is listening, uploads the bundled sample drafts like an author would,
/// waits until the pipeline has published them (watching <c>/api/drafts</c>, as an author would) and prints their URLs.
/// </summary>
internal sealed class SamplePublisher(
    SampleSource source,
    BlobServiceClient storage,
    IOptions<PipelineOptions> options,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<SamplePublisher> logger) : BackgroundService
{
    private static readonly TimeSpan PublishWait = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await WaitForStartAsync(stoppingToken))
        {
            return;
        }

        try
        {
            await PublishAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The samples are a convenience: failing to publish them must not take the running pipeline down.
            logger.LogError(e, "Could not publish the samples from {Folder}", source.Folder);
        }
    }

    private async Task PublishAsync(CancellationToken stoppingToken)
    {
        var files = DraftFiles.Find([source.Folder]);
        var uploader = new DraftUploader(storage.GetBlobContainerClient(options.Value.DraftsContainer));
        await uploader.UploadAllAsync(files, cancellationToken: stoppingToken);
        logger.LogInformation("Uploaded {Count} sample draft(s) from {Folder}", files.Count, source.Folder);

        var baseUrl = ListeningAddress();
        var states = await WaitForPublishedAsync(baseUrl, files.Select(f => f.BlobName).ToHashSet(StringComparer.Ordinal), stoppingToken);
        Console.WriteLine();
        Console.WriteLine("Sample articles:");
        foreach (var state in states.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            Console.WriteLine(state.Url is { } url
                ? $"  {new Uri(baseUrl, url)}   ({state.Path})"
                : $"  {state.Path}: {state.State}{(state.Error is { } error ? $" ({error.Kind}: {error.Message})" : "")}");
        }

        Console.WriteLine($"Listing: {new Uri(baseUrl, SitePaths.ArticlesApi)}   Drafts: {new Uri(baseUrl, SitePaths.DraftsApi)}");
        Console.WriteLine();
    }

    private async Task<bool> WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<IReadOnlyList<DraftStateView>> WaitForPublishedAsync(Uri baseUrl, HashSet<string> paths, CancellationToken stoppingToken)
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(PublishWait);
        IReadOnlyList<DraftStateView> mine = [];
        try
        {
            while (true)
            {
                var view = await http.GetFromJsonAsync<DraftListView>(SitePaths.DraftsApi, ApiJson.Options, deadline.Token);
                mine = view?.Drafts.Where(d => paths.Contains(d.Path)).ToList() ?? [];
                if (mine.Count == paths.Count && mine.All(d => d.State != "pending"))
                {
                    return mine;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Not every sample was processed within {Wait}; see {Url}", PublishWait, SitePaths.DraftsApi);
            return mine;
        }
    }

    /// <summary>The address Kestrel actually bound (a configured port 0 becomes a real one), with a wildcard host made local.</summary>
    private Uri ListeningAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:7071";
        var uri = new UriBuilder(address);
        if (uri.Host is "0.0.0.0" or "[::]" or "+" or "*")
        {
            uri.Host = "localhost";
        }

        return uri.Uri;
    }
}
