using System.Globalization;

namespace Pipeline.Faults.Tests;

/// <summary>
/// How much fault suite to run, from the environment (docs/testing.md): <c>PIPELINE_FAULT_SEED</c> replays one round,
/// <c>PIPELINE_FAULT_MINUTES</c> soaks (rounds until the time is up), <c>PIPELINE_FAULT_ROUNDS</c> sets the CI count.
/// </summary>
public sealed record FaultSuiteSettings(int BaseSeed, int? ReplaySeed, int Rounds, TimeSpan? Soak)
{
    /// <summary>
    /// Schedules that run side by side in one round, sharing its faults. Restarting a process costs seconds and a
    /// schedule little, so many schedules share each fault.
    /// </summary>
    public const int LanesPerRound = 7;

    public const int DocsPerLane = 3;

    public const int StepsPerLane = 7;

    /// <summary>3 rounds of 7 schedules: the 21 seeded schedules CI runs.</summary>
    public const int DefaultRounds = 3;

    public static FaultSuiteSettings FromEnvironment()
    {
        var replay = Number("PIPELINE_FAULT_SEED");
        var minutes = Number("PIPELINE_FAULT_MINUTES");
        return new FaultSuiteSettings(
            replay ?? Random.Shared.Next(1, 1_000_000),
            replay,
            replay is null ? Number("PIPELINE_FAULT_ROUNDS") ?? DefaultRounds : 1,
            minutes is null ? null : TimeSpan.FromMinutes(minutes.Value));
    }

    /// <summary>The seed of round <paramref name="round"/>: consecutive from the base, so any round replays alone.</summary>
    public int RoundSeed(int round) => BaseSeed + round;

    public bool MoreRounds(int done, TimeSpan elapsed) => Soak is { } soak ? elapsed < soak : done < Rounds;

    private static int? Number(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
