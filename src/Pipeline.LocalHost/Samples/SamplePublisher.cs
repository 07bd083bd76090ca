using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Pipeline.Publishing;
using Pipeline.Publishing.Configuration;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Storage.Azure.Upload;

namespace Pipeline.LocalHost.Samples;

/// <summary>
/// <c>--publish-samples</c>: uploads the bundled sample drafts like an author would and publishes them right away
/// (while the trigger engine is still starting; its own events for them then find them unchanged), then, once the
/// host listens, prints their URLs.
/// </summary>
internal sealed class SamplePublisher(
    SampleSource source,
    BlobServiceClient storage,
    IDraftPublisher publisher,
    IOptions<PipelineOptions> options,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<SamplePublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<PublishResult> results;
        try
        {
            results = await PublishAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The samples are a convenience: failing to publish them must not take the running pipeline down.
            logger.LogError(e, "Could not publish the samples from {Folder}", source.Folder);
            return;
        }

        if (await ApplicationStarted.WaitAsync(lifetime, stoppingToken))
        {
            Print(results, ListeningAddress());
        }
    }

    private async Task<IReadOnlyList<PublishResult>> PublishAsync(CancellationToken stoppingToken)
    {
        var files = DraftFiles.Find([source.Folder]).Where(file => file.IsDraft).ToList();
        var uploader = new DraftUploader(storage.GetBlobContainerClient(options.Value.DraftsContainer));
        await uploader.UploadAllAsync(files, cancellationToken: stoppingToken);
        logger.LogInformation("Uploaded {Count} sample draft(s) from {Folder}", files.Count, source.Folder);
        return await Task.WhenAll(files.Select(file => publisher.PublishAsync(file.BlobName, stoppingToken)));
    }

    private static void Print(IReadOnlyList<PublishResult> results, Uri baseUrl)
    {
        Console.WriteLine();
        Console.WriteLine("Sample articles:");
        foreach (var result in results.OrderBy(r => r.DraftPath, StringComparer.Ordinal))
        {
            Console.WriteLine(result is { Outcome: PublishOutcome.Published or PublishOutcome.Unchanged, Slug: { } slug }
                ? $"  {new Uri(baseUrl, SitePaths.Article(slug))}   ({result.DraftPath})"
                : $"  {result.DraftPath}: {result.Outcome} {result.Error}");
        }

        Console.WriteLine($"Listing: {new Uri(baseUrl, SitePaths.ArticlesApi)}   Drafts: {new Uri(baseUrl, SitePaths.DraftsApi)}");
        Console.WriteLine();
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
