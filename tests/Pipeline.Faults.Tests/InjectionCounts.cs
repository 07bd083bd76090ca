using System.Collections.Concurrent;

namespace Pipeline.Faults.Tests;

/// <summary>How many of each <see cref="Injection"/> the suite carried out (lanes run in parallel, hence thread-safe).</summary>
public sealed class InjectionCounts
{
    private readonly ConcurrentDictionary<Injection, int> _counts = new();

    public void Add(Injection kind) => _counts.AddOrUpdate(kind, 1, (_, count) => count + 1);

    public int this[Injection kind] => _counts.GetValueOrDefault(kind);

    public override string ToString() =>
        string.Join(", ", Enum.GetValues<Injection>().Select(kind => $"{kind} {this[kind]}"));
}
