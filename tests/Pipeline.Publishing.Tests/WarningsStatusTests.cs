using Pipeline.Rendering;

namespace Pipeline.Publishing.Tests;

/// <summary>
/// What a render reported without failing (a formula that does not parse) is kept in the draft's status row: the
/// draft stays published, the list is capped so the row is always writable, and it follows the live version.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class WarningsStatusTests(AzuriteFixture azurite)
{
    private const string Path = "posts/formulas.md";
    private const string BadFormula = "bad $\\frac{<b>}{$ here";

    [Fact]
    public async Task A_draft_published_with_a_warning_is_published_and_its_status_lists_the_warning()
    {
        await using var h = await StartAsync(azurite);

        var result = await h.UploadAndPublishAsync(Path, Draft("Formulas", slug: "formulas", body: "ok $x$\n\n" + BadFormula));

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        var status = (await h.Statuses.GetAsync(Path))!;
        Assert.Equal(DraftState.Published, status.State);
        Assert.Null(status.ErrorKind);
        var warning = Assert.Single(status.Warnings);
        Assert.Equal(7, warning.Line);
        Assert.Contains("math:", warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, status.OmittedWarnings);
        Assert.NotNull(await h.LivePageAsync("formulas"));
    }

    [Fact]
    public async Task Many_warnings_keep_the_first_ones_and_count_the_rest()
    {
        await using var h = await StartAsync(azurite);
        var body = string.Join("\n\n", Enumerable.Repeat(BadFormula, DraftStatus.MaxWarnings + 5));

        await h.UploadAndPublishAsync(Path, Draft("Formulas", slug: "formulas", body: body));

        var status = (await h.Statuses.GetAsync(Path))!;
        Assert.Equal(DraftStatus.MaxWarnings, status.Warnings.Count);
        Assert.Equal(5, status.OmittedWarnings);
        Assert.Equal(status.Warnings.Select(w => w.Line).Order(), status.Warnings.Select(w => w.Line));
    }

    [Fact]
    public async Task The_same_bytes_uploaded_again_keep_the_warnings_and_a_fixed_version_clears_them()
    {
        await using var h = await StartAsync(azurite);
        var text = Draft("Formulas", slug: "formulas", body: BadFormula);
        await h.UploadAndPublishAsync(Path, text);
        var live = (await h.Statuses.GetAsync(Path))!;
        await h.UploadAsync(Path, text);

        Assert.Equal(PublishOutcome.Unchanged, (await h.Publisher.PublishAsync(Path)).Outcome);
        var again = (await h.Statuses.GetAsync(Path))!;
        Assert.Equal(live.ETag, again.ETag); // the same bytes (same MD5): the live version's row covers them, unwritten
        Assert.Single(again.Warnings);

        await h.UploadAndPublishAsync(Path, Draft("Formulas", slug: "formulas", body: "fixed $x$"));
        Assert.Empty((await h.Statuses.GetAsync(Path))!.Warnings);
    }

    [Fact]
    public async Task The_largest_warning_list_a_row_may_hold_is_written_and_read_back()
    {
        await using var h = await StartAsync(azurite);
        // Characters JSON escapes the most (6 per UTF-16 unit: control characters and non-ASCII text).
        var worst = string.Concat(Enumerable.Repeat("\u0001😀日", 200));
        var warnings = StatusWarnings.Fit([.. Enumerable.Range(1, 40).Select(line => new RenderWarning(line, worst))]);
        var now = DateTimeOffset.UtcNow;

        await h.Statuses.SetAsync(new DraftStatus
        {
            Path = Path, State = DraftState.Published, FirstSeen = now, LastSeen = now, Warnings = warnings.Kept, OmittedWarnings = warnings.Omitted,
        });

        var stored = (await h.Statuses.GetAsync(Path))!;
        Assert.Equal(warnings.Kept, stored.Warnings);
        Assert.Equal(20, stored.OmittedWarnings);
        Assert.All(stored.Warnings, w => Assert.Equal(DraftStatus.MaxWarningLength, w.Message.Length));
    }

    [Fact]
    public void A_long_message_is_cut_with_an_ellipsis()
    {
        var fitted = StatusWarnings.Fit([new RenderWarning(3, new string('x', 1_000)), new RenderWarning(4, "short")]);

        Assert.Equal(new string('x', DraftStatus.MaxWarningLength - 1) + "…", fitted.Kept[0].Message);
        Assert.Equal("short", fitted.Kept[1].Message);
        Assert.Equal(0, fitted.Omitted);
    }
}
