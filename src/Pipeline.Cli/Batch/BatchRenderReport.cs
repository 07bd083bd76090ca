namespace Pipeline.Cli.Batch;

/// <summary>What a batch render did: pages rendered (and written unless dry run), drafts skipped, failures, time.</summary>
public sealed record BatchRenderReport(int Rendered, int Skipped, IReadOnlyList<BatchFailure> Failures, TimeSpan Elapsed)
{
    public int Total => Rendered + Skipped + Failures.Count;

    public double PagesPerSecond => Elapsed > TimeSpan.Zero ? Rendered / Elapsed.TotalSeconds : 0;
}
