using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Pipeline.Cli;

/// <summary>
/// Where the process spent its CPU, printed to stderr at exit when <c>PIPELINE_PROCESS_REPORT=1</c> (for
/// <c>docs/benchmarks.md</c> §2; never on by default): CPU before <c>Main</c> (runtime start-up), time in the JIT,
/// GC pauses and counts, and the CPU of each thread by its name (the runtime names its own: <c>.NET BGC</c>,
/// <c>.NET Tiered Com</c>, <c>.NET TP Worker</c>), read from <c>/proc/self/task</c> on Linux.
/// </summary>
internal static class ProcessReport
{
    public const string Variable = "PIPELINE_PROCESS_REPORT";

    private static TimeSpan CpuAtMain;
    private static TimeSpan WallAtMain;

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Called first thing in <c>Main</c>.</summary>
    public static void MarkMain()
    {
        if (!Enabled)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        CpuAtMain = process.TotalProcessorTime;
        WallAtMain = DateTime.Now - process.StartTime;
    }

    public static void Write(TextWriter output)
    {
        if (!Enabled)
        {
            return;
        }

        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"process: {wall.TotalSeconds:0.000} s wall, {process.TotalProcessorTime.TotalSeconds:0.000} s CPU ({process.UserProcessorTime.TotalSeconds:0.000} user)"));
        output.WriteLine(string.Create(culture, $"before Main: {WallAtMain.TotalSeconds:0.000} s wall, {CpuAtMain.TotalSeconds:0.000} s CPU"));
        output.WriteLine(string.Create(culture, $"JIT: {JitInfo.GetCompilationTime().TotalSeconds:0.000} s in {JitInfo.GetCompiledMethodCount()} methods ({JitInfo.GetCompiledILBytes()} IL bytes)"));
        output.WriteLine(string.Create(culture, $"GC: {GC.GetTotalPauseDuration().TotalSeconds:0.000} s paused; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB allocated; server {GCSettings.IsServerGC}, mode {GCSettings.LatencyMode}"));
        var assemblies = AppDomain.CurrentDomain.GetAssemblies().Select(assembly => assembly.GetName().Name).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"assemblies loaded: {assemblies.Count}: {string.Join(", ", assemblies)}");
        foreach (var (name, seconds) in ThreadCpu().OrderByDescending(entry => entry.Seconds))
        {
            output.WriteLine(string.Create(culture, $"thread {name}: {seconds:0.000} s CPU"));
        }
    }

    /// <summary>CPU per thread name (threads of one name summed), from /proc/self/task/*/stat; empty elsewhere.</summary>
    private static IEnumerable<(string Name, double Seconds)> ThreadCpu()
    {
        const string tasks = "/proc/self/task";
        if (!Directory.Exists(tasks))
        {
            return [];
        }

        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                var name = stat[(open + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                // After "pid (comm) ": state is field 0, utime field 11, stime field 12, in clock ticks (100 a second).
                var seconds = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
                totals[name] = totals.GetValueOrDefault(name) + seconds;
            }
            catch (IOException)
            {
                // The thread ended while we read it.
            }
        }

        return totals.Select(entry => (entry.Key, entry.Value));
    }
}
