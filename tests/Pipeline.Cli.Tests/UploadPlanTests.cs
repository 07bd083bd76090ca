using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli.Tests;

/// <summary><c>pipeline upload</c> sends only what the pipeline publishes and names everything it leaves behind.</summary>
public sealed class UploadPlanTests
{
    [Fact]
    public void Drafts_and_assets_are_uploaded_assets_first_and_a_file_over_the_asset_limit_is_skipped_with_the_reason()
    {
        using var folder = new TempFolder();
        var big = folder.Write("big.png", new string('x', 2048));
        DraftFile[] files =
        [
            DraftFile.For("/d/a.md", "a.md"),
            DraftFile.For("/d/b.html", "b.html"),
            DraftFile.For("/d/fig.png", "images/fig.png"),
            DraftFile.For("/d/東京.txt", "東京.txt"),
            DraftFile.For(big, "big.png"),
        ];

        var plan = UploadPlan.From(files, new Pipeline.Assets.AssetLimits { MaxBytes = 1024 });

        Assert.Equal(["a.md", "東京.txt"], plan.Drafts.Select(d => d.BlobName));
        Assert.Equal(["b.html", "images/fig.png", "a.md", "東京.txt"], plan.InOrder.Select(d => d.BlobName));
        var skip = Assert.Single(plan.Skipped);
        Assert.Equal("big.png", skip.BlobName);
        Assert.Contains("asset limit", skip.Reason, StringComparison.Ordinal);
    }
}
