using Xunit.Abstractions;

namespace Pipeline.Publishing.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class ListingTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Articles = 250;

    [Fact]
    public async Task Paging_through_250_articles_returns_each_exactly_once_newest_first_overall_and_per_tag()
    {
        await using var h = await StartAsync(azurite);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        // Dates repeat (every 3 articles share one) so slug order must break ties; a third carry the tag.
        var expected = Enumerable.Range(0, Articles)
            .Select(i => (Slug: $"post-{i:000}", Date: start.AddHours(i / 3), Tagged: i % 3 == 0))
            .ToList();
        var publishing = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(expected, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (a, _) =>
        {
            var tags = a.Tagged ? "tags: [Every Third, misc]" : "tags: [misc]";
            await h.UploadAndPublishAsync(a.Slug + ".md", Draft(a.Slug, slug: a.Slug, date: a.Date.ToString("O"), extra: tags));
        });
        var newestFirst = expected.OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal).Select(a => a.Slug).ToList();

        publishing.Stop();
        var listing = System.Diagnostics.Stopwatch.StartNew();
        var all = await h.ListAllAsync(pageSize: 7);
        listing.Stop();

        // Figures for the record, not limits: wall-clock on a shared machine is noise.
        output.WriteLine($"published {Articles} drafts (8 in flight) in {publishing.ElapsedMilliseconds} ms; " +
            $"listed them in {all.Count / 7 + 1} pages of 7 in {listing.ElapsedMilliseconds} ms");
        var tagged = await h.ListAllAsync(tag: "EVERY   third", pageSize: 13);
        var full = await h.Index.ListAsync(new ArticleQuery(ArticleQuery.MaxLimit));

        Assert.Equal(newestFirst, all.Select(a => a.Slug));
        Assert.Equal(newestFirst.Where(s => int.Parse(s[5..], System.Globalization.CultureInfo.InvariantCulture) % 3 == 0), tagged.Select(a => a.Slug));
        Assert.Equal(ArticleQuery.MaxLimit, full.Items.Count);
        Assert.NotNull(full.Next);
    }

    [Fact]
    public async Task The_last_page_has_no_next_position_and_an_empty_site_lists_nothing()
    {
        await using var h = await StartAsync(azurite);
        Assert.Empty((await h.Index.ListAsync(new ArticleQuery(5))).Items);
        await h.UploadAndPublishAsync("a.md", Draft("A", slug: "a"));
        await h.UploadAndPublishAsync("b.md", Draft("B", slug: "b"));

        var exact = await h.Index.ListAsync(new ArticleQuery(2));

        Assert.Equal(2, exact.Items.Count);
        Assert.Null(exact.Next);
    }

    [Fact]
    public async Task A_position_from_another_listing_or_a_bad_limit_is_rejected()
    {
        await using var h = await StartAsync(azurite);
        foreach (var i in Enumerable.Range(0, 3))
        {
            await h.UploadAndPublishAsync($"{i}.md", Draft($"T{i}", slug: $"s{i}", extra: "tags: [one]"));
        }

        var ofTag = await h.Index.ListAsync(new ArticleQuery(1, "one"));

        await Assert.ThrowsAsync<ArgumentException>(() => h.Index.ListAsync(new ArticleQuery(1, null, ofTag.Next)));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Index.ListAsync(new ArticleQuery(1, "two", ofTag.Next)));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Index.ListAsync(new ArticleQuery(1, null, "slug|s0")));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => h.Index.ListAsync(new ArticleQuery(0)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => h.Index.ListAsync(new ArticleQuery(ArticleQuery.MaxLimit + 1)));
        Assert.Equal(2, (await h.ListAllAsync(tag: "one", pageSize: 1)).Skip(1).Count());
    }
}
