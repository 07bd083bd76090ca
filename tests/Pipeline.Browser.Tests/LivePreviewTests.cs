using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Pipeline.Emulator;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Browser.Tests;

/// <summary>
/// The author's loop in a real browser: <c>pipeline preview</c> runs as a process on a temporary folder, a page is
/// open, and the draft changes on disk — the page follows by itself, shows a broken draft's error with its line,
/// and comes back when the draft is fixed. Save-to-reload times are measured and printed, never asserted.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LivePreviewTests(ChromiumFixture chromium, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Slug = "live-preview";
    private readonly string _folder = Directory.CreateTempSubdirectory("pipeline-preview-").FullName;
    private LocalHostProcess _preview = null!;
    private Uri _site = null!;

    private string DraftPath => Path.Combine(_folder, "posts", "live.md");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DraftPath)!);
        await File.WriteAllTextAsync(DraftPath, Draft("The first words."));
        File.Copy(Path.Combine(RepositoryRoot.Find(), "samples", ArticlePageTests.SampleDraft), Path.Combine(_folder, ArticlePageTests.SampleDraft));
        _preview = await LocalHostProcess.StartPreviewAsync(_folder);
        _site = _preview.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        await _preview.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_open_page_follows_edits_shows_a_broken_draft_with_its_line_and_recovers()
    {
        await using var probe = await PageProbe.OpenAsync(chromium, _site, 1280);
        Assert.Equal(200, await probe.GotoAsync(new Uri(_site, "/articles/" + Slug)));
        await Assertions.Expect(probe.Page.Locator("article")).ToContainTextAsync("The first words.");
        await Assertions.Expect(probe.Page.Locator(".preview-mark")).ToContainTextAsync("Draft");

        await File.WriteAllTextAsync(DraftPath, Draft("The second words."));
        await Assertions.Expect(probe.Page.Locator("article")).ToContainTextAsync("The second words.");

        await File.WriteAllTextAsync(DraftPath, "---\ntitle: Live preview\nslug: live-preview\ndate: not a date\ndraft: true\n---\nBroken.\n");
        await Assertions.Expect(probe.Page.Locator("main[role=alert]")).ToContainTextAsync("line 4");

        await File.WriteAllTextAsync(DraftPath, Draft("The fixed words."));
        await Assertions.Expect(probe.Page.Locator("article")).ToContainTextAsync("The fixed words.");
        Assert.Equal(_site + "articles/" + Slug, probe.Page.Url);
        // The error page is answered 422 on purpose; Chromium logs that status, and nothing else may appear.
        Assert.All(probe.ConsoleErrors, error => Assert.Contains("status of 422", error, StringComparison.Ordinal));
        Assert.Empty(probe.ForeignRequests);
    }

    [Fact]
    public async Task Unpublished_drafts_are_listed_marked_and_the_listing_follows_edits()
    {
        await using var probe = await PageProbe.OpenAsync(chromium, _site, 1280);
        await probe.GotoAsync(_site);
        await Assertions.Expect(probe.Page.Locator("main")).ToContainTextAsync("[Draft] Live preview");

        await File.WriteAllTextAsync(DraftPath, Draft("Renamed.", title: "Live preview, renamed"));

        await Assertions.Expect(probe.Page.Locator("main")).ToContainTextAsync("[Draft] Live preview, renamed");
        Assert.Empty(probe.ConsoleErrors);
    }

    /// <summary>
    /// Save → the open page shows the new text, for the sample-sized draft (and, with PIPELINE_PREVIEW_BENCH_CORPUS
    /// naming a generated corpus folder, in that folder too). Prints median and p95; see docs/benchmarks.md.
    /// </summary>
    [Fact]
    public async Task Save_to_reload_is_measured()
    {
        var sample = Path.Combine(_folder, ArticlePageTests.SampleDraft);
        var original = await File.ReadAllTextAsync(sample);
        await using var probe = await PageProbe.OpenAsync(chromium, _site, 1280);
        var slugUrl = await SampleUrlAsync(probe.Page);
        await probe.GotoAsync(slugUrl);

        var times = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            var marker = $"edit-{i}-{Guid.NewGuid():N}";
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(sample, original.TrimEnd() + "\n" + marker + "\n");
            await probe.Page.WaitForFunctionAsync("m => document.body && document.body.innerText.includes(m)", marker, new PageWaitForFunctionOptions { Timeout = 20_000 });
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"save-to-reload, {ArticlePageTests.SampleDraft} ({new FileInfo(sample).Length:N0} bytes), {Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Count()} drafts, {times.Count} saves: median {times[times.Count / 2]:0} ms, p95 {times[(int)(times.Count * 0.95)]:0} ms"));
    }

    private async Task<Uri> SampleUrlAsync(IPage page)
    {
        await page.GotoAsync(_site.ToString());
        var href = await page.Locator("main a[href^='/articles/']").Filter(new LocatorFilterOptions { HasText = "トランプ" }).First.GetAttributeAsync("href");
        return new Uri(_site, href);
    }

    private static string Draft(string text, string title = "Live preview") =>
        $"---\ntitle: {title}\nslug: {Slug}\ndate: 2026-11-30\ndraft: true\ntags: [preview]\n---\n{text}\n";
}
