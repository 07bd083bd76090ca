namespace Pipeline.Cli.Batch;

/// <summary>What a batch render did: pages rendered (and written unless dry run), drafts skipped, failures, time, and the warnings of the pages that rendered.</summary>
public sealed record BatchRenderReport(int Rendered, int Skipped, IReadOnlyList<BatchFailure> Failures, TimeSpan Elapsed)
{
    /// <summary>Per draft path, what its author should fix (missing images, bad formulas), in path then line order.</summary>
    public IReadOnlyList<BatchWarning> Warnings { get; init; } = [];

    public int Total => Rendered + Skipped + Failures.Count;

    public double PagesPerSecond => Elapsed > TimeSpan.Zero ? Rendered / Elapsed.TotalSeconds : 0;
}
