namespace Pipeline.TestSupport;

/// <summary>The system clock plus an offset a test can move forward (to make a scheduled draft due) — no waiting.</summary>
public sealed class AdjustableTimeProvider : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
