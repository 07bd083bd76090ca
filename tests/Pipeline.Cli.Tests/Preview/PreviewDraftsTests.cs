using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Cli.Preview;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.DependencyInjection;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli.Tests.Preview;

/// <summary>
/// The preview's model of a folder with the production renderer: unpublished drafts shown and marked, one save
/// patching one article in the listings, failures kept beside the last good version, unchanged bytes not rendered.
/// </summary>
public sealed class PreviewDraftsTests : IDisposable
{
    private static readonly IArticleRenderer Renderer = new ServiceCollection().AddPipelineRendering().BuildServiceProvider().GetRequiredService<IArticleRenderer>();
    private readonly TempFolder _folder = new();
    private readonly PreviewStore _store = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly PreviewDrafts _drafts;

    public PreviewDraftsTests() => _drafts = new PreviewDrafts(_folder.Path, Renderer, _store, _clock);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Drafts_production_would_not_list_are_listed_and_marked_on_their_page()
    {
        Save("a.md", Draft("hidden", "2026-11-01", extra: "draft: true"));
        Save("b.md", Draft("unpublished", "2026-11-02", extra: "published: false"));
        Save("c.md", Draft("future", "2027-01-01"));
        Save("d.md", Draft("live", "2026-11-03"));

        var titles = (await _store.ListAsync(new ArticleQuery(10))).Items.Select(i => i.Title).ToList();

        Assert.Equal(["[Scheduled for 2027-01-01 00:00 +00:00] future", "live", "[Draft] unpublished", "[Draft] hidden"], titles);
        Assert.Contains("class=\"preview-mark\"", await PageAsync("hidden"), StringComparison.Ordinal);
        Assert.DoesNotContain("preview-mark", await PageAsync("live"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_moves_only_that_article_in_the_listing_and_between_tags()
    {
        Save("a.md", Draft("first", "2026-11-01", tags: "[x]"));
        Save("b.md", Draft("second", "2026-11-02", tags: "[x]"));
        Save("c.md", Draft("third", "2026-11-03", tags: "[y]"));

        Save("a.md", Draft("first", "2026-11-04", tags: "[y]"));

        Assert.Equal(["first", "third", "second"], await SlugsAsync(null));
        Assert.Equal(["second"], await SlugsAsync("x"));
        Assert.Equal(["first", "third"], await SlugsAsync("Y"));
        var firstPage = await _store.ListAsync(new ArticleQuery(2));
        var secondPage = await _store.ListAsync(new ArticleQuery(2, After: firstPage.Next));
        Assert.Equal(["second"], secondPage.Items.Select(i => i.Slug));
        Assert.Null(secondPage.Next);

        File.Delete(Path.Combine(_folder.Path, "b.md"));
        Assert.True(_drafts.Refresh(Path.Combine(_folder.Path, "b.md")));
        Assert.Empty(await SlugsAsync("x"));
        Assert.Null(await _store.FindAsync("second"));
    }

    [Fact]
    public async Task A_broken_save_is_a_failure_at_the_last_good_slug_and_the_next_good_save_clears_it()
    {
        Save("a.md", Draft("post", "2026-11-01", body: "Good text."));

        Assert.True(Save("a.md", "---\ntitle: post\nslug: post\ndate: not a date\n---\nBroken.\n"));
        var failure = _drafts.FailureAt("post");
        Assert.NotNull(failure);
        Assert.Equal(DraftErrorKind.FrontMatter, failure.Error.Kind);
        Assert.Equal(4, failure.Error.Line);
        Assert.Contains("Good text.", await PageAsync("post"), StringComparison.Ordinal);

        Save("a.md", Draft("post", "2026-11-01", body: "Fixed text."));
        Assert.Null(_drafts.FailureAt("post"));
        Assert.Empty(_drafts.Failures);
        Assert.Contains("Fixed text.", await PageAsync("post"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_bytes_saved_again_are_not_rendered_again()
    {
        Assert.True(Save("a.md", Draft("post", "2026-11-01")));
        Assert.False(Save("a.md", Draft("post", "2026-11-01")));
        Assert.True(Save("a.md", Draft("post", "2026-11-01", body: "Other.")));
    }

    [Fact]
    public void Two_drafts_with_one_slug_keep_the_first_and_fail_the_second()
    {
        Save("a.md", Draft("same", "2026-11-01"));
        Save("b.md", Draft("same", "2026-11-02"));

        var failure = Assert.Single(_drafts.Failures);
        Assert.Equal("b.md", failure.Path);
        Assert.Equal(DraftErrorKind.SlugConflict, failure.Error.Kind);
    }

    private bool Save(string name, string text) => _drafts.Refresh(_folder.Write(name, text));

    private async Task<List<string>> SlugsAsync(string? tag) =>
        (await _store.ListAsync(new ArticleQuery(10, tag))).Items.Select(i => i.Slug).ToList();

    private async Task<string> PageAsync(string slug)
    {
        var record = await _store.FindAsync(slug);
        var page = await _store.ReadAsync(record!.PageBlob!);
        return System.Text.Encoding.UTF8.GetString(page!.Content.Span);
    }

    private static string Draft(string slug, string date, string tags = "[]", string extra = "", string body = "Text.") =>
        $"---\ntitle: {slug}\nslug: {slug}\ndate: {date}\ntags: {tags}\n{extra}\n---\n{body}\n";
}
