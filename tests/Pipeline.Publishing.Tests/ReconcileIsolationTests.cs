using Pipeline.Publishing.Configuration;

namespace Pipeline.Publishing.Tests;

/// <summary>One failing or slow draft cannot stop a reconcile pass from reconciling the others (issue 15).</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ReconcileIsolationTests(AzuriteFixture azurite)
{
    /// <summary>Only a guard so that a regression fails instead of hanging; nothing is asserted about time.</summary>
    /// <remarks>The per-draft bound below is generous so the healthy draft finishes well within it on a cold, loaded machine.</remarks>
    private static readonly TimeSpan Hung = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_draft_that_throws_and_a_draft_that_never_finishes_rendering_do_not_stop_the_pass()
    {
        FaultyDraftStore? faulty = null;
        await using var h = await StartAsync(
            azurite,
            new Dictionary<string, string?> { [$"{PipelineNames.OptionsSection}:{nameof(PipelineOptions.ReconcileDraftTimeoutSeconds)}"] = "10" },
            s => s.Decorate<IDraftStore>((store, _) => faulty = new FaultyDraftStore(store)));
        var release = new TaskCompletionSource();
        try
        {
            await h.UploadAsync("a-broken.md", Draft("Broken", slug: "broken"));
            await h.UploadAsync("b-slow.md", Draft("Slow", slug: "slow"));
            await h.UploadAsync("c-fine.md", Draft("Fine", slug: "fine"));
            h.Get<IDraftStore>(); // builds the decorator
            faulty!.Failing = path => path == "a-broken.md";
            h.Renderer.BeforeRender = source => source.Path == "b-slow.md" ? release.Task : Task.CompletedTask;

            var report = await h.Reconciler.ReconcileAsync().WaitAsync(Hung);

            Assert.Equal(new ReconcileReport(Examined: 3, Published: 1, Unpublished: 0, Failed: 2), report);
            Assert.Equal(["fine"], (await h.ListAllAsync()).Select(a => a.Slug));
        }
        finally
        {
            release.TrySetResult();
        }

        // The next pass, with the faults gone, catches up.
        faulty.Failing = _ => false;
        await h.Reconciler.ReconcileAsync().WaitAsync(Hung);
        Assert.Equal(["broken", "fine", "slow"], (await h.ListAllAsync()).Select(a => a.Slug).Order(StringComparer.Ordinal));
    }
}
