namespace Pipeline.Faults.Tests;

/// <summary>One step of a schedule: what to do to which of its drafts (<see cref="Doc"/>), after a pause.</summary>
/// <param name="Observe">Wait until the draft is live first, so its later delete must leave a 410 (not a never-published 404).</param>
public sealed record LaneStep(Injection Kind, int Doc, TimeSpan Pause, bool Observe)
{
    public override string ToString() =>
        $"{Kind}(d{Doc}){(Observe ? " after live" : string.Empty)} +{Pause.TotalMilliseconds:0}ms";
}
