using System.Text;

namespace Pipeline.Faults.Tests;

/// <summary>
/// One round of the suite, all drawn from one seed: <see cref="Lanes"/> schedules that run side by side (each on its
/// own drafts and slugs) and the process faults injected meanwhile. The same seed gives the same plan
/// (<c>PIPELINE_FAULT_SEED</c> replays it); only the timing of the machine varies.
/// </summary>
public sealed class RoundPlan
{
    private static readonly (Injection Kind, int Weight)[] StepWeights =
    [
        (Injection.Overwrite, 6), (Injection.DuplicateUpload, 2), (Injection.TouchMetadata, 2), (Injection.OverwriteBurst, 2),
        (Injection.Rename, 3), (Injection.Delete, 2), (Injection.DeleteAndRecreate, 2), (Injection.SlugChange, 1), (Injection.SlugConflict, 1),
    ];

    private RoundPlan(int seed, IReadOnlyList<IReadOnlyList<LaneStep>> lanes, IReadOnlyList<FaultStep> faults)
    {
        Seed = seed;
        Lanes = lanes;
        Faults = faults;
    }

    public int Seed { get; }

    public IReadOnlyList<IReadOnlyList<LaneStep>> Lanes { get; }

    public IReadOnlyList<FaultStep> Faults { get; }

    public static RoundPlan Generate(int seed, int lanes, int docsPerLane, int stepsPerLane)
    {
        var random = new Random(seed);
        var schedules = new List<IReadOnlyList<LaneStep>>();
        for (var lane = 0; lane < lanes; lane++)
        {
            var steps = new List<LaneStep>();
            for (var doc = 0; doc < docsPerLane; doc++)
            {
                steps.Add(new LaneStep(Injection.Upload, doc, Pause(random), Observe: false));
            }

            for (var i = 0; i < stepsPerLane; i++)
            {
                var kind = Pick(random);
                var destructive = kind is Injection.Delete or Injection.DeleteAndRecreate or Injection.Rename;
                steps.Add(new LaneStep(kind, random.Next(docsPerLane), Pause(random), Observe: destructive && random.Next(2) == 0));
            }

            schedules.Add(steps);
        }

        // One or two host kills and, in two rounds of three, a storage outage, at random points while the lanes run.
        var faults = new List<FaultStep>();
        var at = TimeSpan.Zero;
        foreach (var kind in DrawFaults(random))
        {
            at += TimeSpan.FromMilliseconds(random.Next(200, 2500));
            var down = kind == Injection.HostKill ? TimeSpan.FromMilliseconds(random.Next(0, 1500)) : TimeSpan.FromMilliseconds(random.Next(300, 4000));
            faults.Add(new FaultStep(kind, at, down));
        }

        return new RoundPlan(seed, schedules, faults);
    }

    public override string ToString()
    {
        var text = new StringBuilder($"round seed {Seed}\n");
        for (var lane = 0; lane < Lanes.Count; lane++)
        {
            text.Append($"  lane {lane}: ").AppendJoin(", ", Lanes[lane]).Append('\n');
        }

        text.Append("  faults: ").AppendJoin(", ", Faults).Append('\n');
        return text.ToString();
    }

    private static IEnumerable<Injection> DrawFaults(Random random)
    {
        var faults = Enumerable.Repeat(Injection.HostKill, 1 + random.Next(2)).ToList();
        if (random.Next(3) > 0)
        {
            faults.Insert(random.Next(faults.Count + 1), Injection.StorageRestart);
        }

        return faults;
    }

    private static TimeSpan Pause(Random random) => TimeSpan.FromMilliseconds(random.Next(0, 600));

    private static Injection Pick(Random random)
    {
        var roll = random.Next(StepWeights.Sum(weight => weight.Weight));
        foreach (var (kind, weight) in StepWeights)
        {
            if ((roll -= weight) < 0)
            {
                return kind;
            }
        }

        throw new InvalidOperationException("unreachable");
    }
}
