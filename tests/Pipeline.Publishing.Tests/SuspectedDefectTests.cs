namespace Pipeline.Publishing.Tests;

/// <summary>Two defects issue 15 suspected from reading the code, each pinned by a test.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class SuspectedDefectTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_publish_of_a_reupload_that_commits_while_the_delete_is_cleaning_up_keeps_its_status_row_and_page()
    {
        HookedPageStore? hooked = null;
        await using var h = await StartAsync(azurite, configure: s => s.Decorate<IPageStore>((store, _) => hooked = new HookedPageStore(store)));
        var content = Draft("Back again", slug: "a");
        await h.UploadAndPublishAsync("a.md", content);
        await h.DeleteDraftAsync("a.md");
        hooked!.BeforeDelete = async _ =>
        {
            // Between the unpublish's commit and its cleanup, the author uploads the same file again and its event is handled.
            await h.UploadAsync("a.md", content);
            Assert.Equal(PublishOutcome.Published, (await h.Publisher.PublishAsync("a.md")).Outcome);
        };

        await h.Publisher.UnpublishAsync("a.md");

        Assert.Equal(DraftState.Published, (await h.Statuses.GetAsync("a.md"))?.State);
        Assert.Contains("Back again", await h.LivePageAsync("a"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_without_a_date_keeps_its_place_in_the_listing_when_edited()
    {
        await using var h = await StartAsync(azurite);
        await h.UploadAndPublishAsync("a.md", Draft("Undated", slug: "a"));
        var first = Assert.Single(await h.ListAllAsync()).Date;
        await Task.Delay(TimeSpan.FromMilliseconds(1100)); // let the service clock move on (its times have one-second resolution)

        await h.UploadAndPublishAsync("a.md", Draft("Undated, edited", slug: "a"));
        await h.UploadAndPublishAsync("a.md", Draft("Undated, renamed", slug: "b"));

        Assert.Equal(first, Assert.Single(await h.ListAllAsync()).Date);
    }
}
