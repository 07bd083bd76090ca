using System.Diagnostics;
using Azure.Storage.Blobs;

namespace Pipeline.Bench.E2e;

/// <summary>
/// Publishing through the whole pipeline: drafts go into the drafts container exactly as an author's upload
/// would, and a draft counts as done when <c>GET /api/articles</c> lists it.
/// </summary>
public sealed class PublishBench(BlobContainerClient drafts, ListingClient listing)
{
    private static readonly TimeSpan LatencyPoll = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan BurstPoll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Uploads every draft at once (<paramref name="inFlight"/> uploads in flight); returns the time until all are listed.</summary>
    public async Task<TimeSpan> BurstAsync(IReadOnlyList<BenchDraft> batch, string titlePrefix, int inFlight, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken }, async (draft, ct) =>
            await drafts.GetBlobClient(draft.Path).UploadAsync(BinaryData.FromBytes(draft.Content), overwrite: true, ct));
        while (await listing.CountListedAsync(titlePrefix, cancellationToken) < batch.Count)
        {
            ThrowIfTooLong(clock);
            await Task.Delay(BurstPoll, cancellationToken); // each poll reads every page: keep its load small
        }

        return clock.Elapsed;
    }

    /// <summary>Uploads one draft and returns the time from the start of its upload until the listing's first page shows it.</summary>
    public async Task<TimeSpan> UploadUntilListedAsync(BenchDraft draft, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await drafts.GetBlobClient(draft.Path).UploadAsync(BinaryData.FromBytes(draft.Content), overwrite: true, cancellationToken);
        while (!(await listing.FirstPageTitlesAsync(5, cancellationToken)).Contains(draft.Title))
        {
            ThrowIfTooLong(clock);
            await Task.Delay(LatencyPoll, cancellationToken);
        }

        return clock.Elapsed;
    }

    private static void ThrowIfTooLong(Stopwatch clock)
    {
        if (clock.Elapsed > Timeout)
        {
            throw new TimeoutException($"drafts were not all listed within {Timeout.TotalMinutes} minutes");
        }
    }
}
