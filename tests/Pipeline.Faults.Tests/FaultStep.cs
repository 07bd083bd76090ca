namespace Pipeline.Faults.Tests;

/// <summary>One process fault of a round: after <see cref="At"/> from the round's start, <see cref="Kind"/>, for <see cref="Down"/>.</summary>
public sealed record FaultStep(Injection Kind, TimeSpan At, TimeSpan Down)
{
    public override string ToString() => $"{Kind} at {At.TotalMilliseconds:0}ms, down {Down.TotalMilliseconds:0}ms";
}
