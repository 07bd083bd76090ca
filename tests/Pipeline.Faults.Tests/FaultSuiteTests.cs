using System.Diagnostics;
using Pipeline.Emulator;
using Xunit.Abstractions;

namespace Pipeline.Faults.Tests;

/// <summary>
/// Seeded schedules of uploads, overwrites, renames, deletes, duplicate and reordered events, run against the real
/// local host and a real Azurite while both are killed and restarted at random points; after each round's last fault
/// the convergence invariants (<see cref="Convergence"/>) must come to hold, and still hold for every earlier round at
/// the end. A failure prints the round's seed and whole schedule; <c>PIPELINE_FAULT_SEED=N</c> replays it.
/// The summary line (faults by kind) goes to the test output and to <c>TestResults/fault-suite.txt</c>.
/// </summary>
public sealed class FaultSuiteTests(ITestOutputHelper output)
{
    /// <summary>Bounds a hang only (the pipeline is not asserted to be fast): a round that has not converged by then failed.</summary>
    private static readonly TimeSpan ConvergenceTimeout = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Every_schedule_converges_after_host_kills_and_storage_outages()
    {
        var settings = FaultSuiteSettings.FromEnvironment();
        var counts = new InjectionCounts();
        var lanes = new List<DraftLane>();
        var clock = Stopwatch.StartNew();
        await using var rig = await FaultRig.StartAsync();
        output.WriteLine($"Azurite and the host started in {clock.Elapsed.TotalSeconds:0.0} s");
        var rounds = 0;
        while (settings.MoreRounds(rounds, clock.Elapsed))
        {
            var plan = RoundPlan.Generate(settings.RoundSeed(rounds), FaultSuiteSettings.LanesPerRound, FaultSuiteSettings.DocsPerLane, FaultSuiteSettings.StepsPerLane);
            var round = plan.Lanes.Select((steps, lane) => new DraftLane($"r{plan.Seed}-l{lane}", steps, rig, counts)).ToList();
            lanes.AddRange(round);
            try
            {
                var phase = Stopwatch.StartNew();
                var faultTimes = new List<string>();
                await Task.WhenAll(round.Select(lane => lane.RunAsync()).Append(InjectAsync(rig, plan, counts, faultTimes)));
                await rig.EnsureHostAsync();
                var ran = phase.Elapsed;
                await ConvergeAsync(rig, round, plan.ToString());
                output.WriteLine($"round seed {plan.Seed}: steps and faults {ran.TotalSeconds:0.0} s (lanes {string.Join("/", round.Select(lane => lane.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))} s; {string.Join(", ", faultTimes)}), converged {(phase.Elapsed - ran).TotalSeconds:0.0} s later");
            }
            catch (Exception e) when (e is not FailException)
            {
                throw new FailException($"{plan}{e}\nhost output:\n{Tail(rig.HostOutput)}");
            }

            rounds++;
        }

        // Nothing converged earlier may have been lost by a later round's faults.
        await ConvergeAsync(rig, lanes, $"all {rounds} rounds from base seed {settings.BaseSeed}");

        var summary = $"fault suite: base seed {settings.BaseSeed}, {rounds} rounds, {lanes.Count} schedules, {clock.Elapsed.TotalSeconds:0} s; injected: {counts}; nothing lost";
        output.WriteLine(summary);
        var results = Path.Combine(RepositoryRoot.Find(), "TestResults");
        Directory.CreateDirectory(results);
        await File.WriteAllTextAsync(Path.Combine(results, "fault-suite.txt"), summary + "\n");
        await File.WriteAllTextAsync(Path.Combine(results, "fault-suite-host.log"), rig.HostOutput); // the last host's log, for a look at what a kill left
    }

    /// <summary>The round's process faults, one after another at their planned offsets, while the lanes run.</summary>
    private static async Task InjectAsync(FaultRig rig, RoundPlan plan, InjectionCounts counts, List<string> took)
    {
        var start = Stopwatch.StartNew();
        foreach (var fault in plan.Faults)
        {
            var wait = fault.At - start.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            counts.Add(fault.Kind);
            var fixing = Stopwatch.StartNew();
            await (fault.Kind == Injection.HostKill ? rig.KillHostAsync(fault.Down) : rig.RestartStorageAsync(fault.Down));
            took.Add($"{fault.Kind} {fixing.Elapsed.TotalSeconds:0.0} s");
        }
    }

    private static async Task ConvergeAsync(FaultRig rig, IReadOnlyList<DraftLane> lanes, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var problems = await Convergence.ViolationsAsync(rig, lanes);
            if (problems.Count == 0)
            {
                return;
            }

            if (deadline.Elapsed > ConvergenceTimeout)
            {
                throw new FailException(
                    $"{what}\nnot converged after {ConvergenceTimeout.TotalSeconds} s (replay a round with PIPELINE_FAULT_SEED=<round seed>):\n  "
                    + string.Join("\n  ", problems) + $"\nhost output:\n{Tail(rig.HostOutput)}");
            }

            await Task.Delay(500);
        }
    }

    private static string Tail(string text) => text.Length <= 8000 ? text : text[^8000..];

    /// <summary>A failure whose message already says everything (seed, schedule, violations).</summary>
    private sealed class FailException(string message) : Exception(message);
}
