namespace Pipeline.Bench.E2e;

/// <summary>Nearest-rank percentiles over a set of durations (with 50 samples, p99 is the largest).</summary>
public static class Percentiles
{
    public static TimeSpan Of(IReadOnlyCollection<TimeSpan> samples, double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
