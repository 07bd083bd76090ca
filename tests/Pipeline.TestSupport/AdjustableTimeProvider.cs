namespace Pipeline.TestSupport;

/// <summary>The system clock plus an offset a test can move forward (to make a scheduled draft due) — no waiting.</summary>
public sealed class AdjustableTimeProvider : TimeProvider
{
    private TimeSpan offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;

    public void Advance(TimeSpan by) => offset += by;
}
