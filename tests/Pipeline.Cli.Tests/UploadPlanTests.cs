using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli.Tests;

/// <summary><c>pipeline upload</c> sends only what the pipeline publishes and names everything it leaves behind.</summary>
public sealed class UploadPlanTests
{
    [Fact]
    public void Files_the_pipeline_would_reject_are_skipped_with_the_reason()
    {
        DraftFile[] files =
        [
            DraftFile.For("/d/a.md", "a.md"),
            DraftFile.For("/d/b.html", "b.html"),
            DraftFile.For("/d/c.mdown", "c.mdown"),
            DraftFile.For("/d/東京.txt", "東京.txt"),
        ];

        var plan = UploadPlan.From(files);

        Assert.Equal(["a.md", "東京.txt"], plan.Drafts.Select(d => d.BlobName));
        Assert.Equal(["b.html", "c.mdown"], plan.Skipped.Select(s => s.BlobName));
        Assert.All(plan.Skipped, skip => Assert.Contains(".md, .markdown or .txt", skip.Reason, StringComparison.Ordinal));
    }
}
