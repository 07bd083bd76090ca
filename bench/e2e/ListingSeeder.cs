using System.Globalization;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;

namespace Pipeline.Bench.E2e;

/// <summary>
/// Fills the article index directly through the storage layer (<see cref="IArticleIndex.TryCommitAsync"/>: the
/// same slug and listing rows a publish commits), which is far faster than publishing thousands of drafts.
/// The rows carry no draft record, so the reconciler has nothing of theirs to repair.
/// </summary>
public sealed class ListingSeeder(IArticleIndex index)
{
    private static readonly string[] Tags = ["azure", "blob", "tables", "functions", "perf", "日本語"];

    /// <summary>Adds articles <paramref name="from"/>..<paramref name="to"/>-1 (idempotent per number).</summary>
    public async Task SeedAsync(int from, int to, int inFlight, CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await Parallel.ForEachAsync(Enumerable.Range(from, to - from), new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken }, async (n, ct) =>
        {
            var slug = "seeded-" + n.ToString("00000", CultureInfo.InvariantCulture);
            var date = start.AddHours(n);
            string[] tags = [Tags[n % Tags.Length], Tags[(n + 1) % Tags.Length]];
            var summary = new ArticleSummary(slug, $"Seeded article {n}", "東京都は晴れのち曇り。ブロブストレージに保存する。" + new string('x', 120), "ja", date, null, tags, 4, "/articles/" + slug);
            var record = new SlugRecord
            {
                Slug = slug,
                State = SlugState.Article,
                Owner = $"seeded/{slug}.md",
                Summary = summary,
                SortDate = date,
                TagKeys = [.. tags.Select(TagKey.Normalize)],
                PageBlob = $"{slug}/seeded.html",
            };
            if (!await index.TryCommitAsync(new IndexCommit(null, null, [new SlugChange(null, record)]), ct) && await index.FindAsync(slug, ct) is null)
            {
                throw new InvalidOperationException($"seeding {slug} failed");
            }
        });
    }
}
