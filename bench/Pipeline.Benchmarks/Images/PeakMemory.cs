using System.Diagnostics;

namespace Pipeline.Benchmarks.Images;

/// <summary>
/// One fresh process, one library, one input: makes the variants three times and prints the wall time of the last run
/// and the process's peak resident set (VmHWM, native memory included) against its resident set before the work.
/// </summary>
public static class PeakMemory
{
    public static int Run(string library, string input)
    {
        var source = File.ReadAllBytes(ImageInputs.PathOf(input));
        var isJpeg = input.EndsWith(".jpg", StringComparison.Ordinal);
        var before = ReadStatusKibibytes("VmRSS");
        long bytes = 0;
        var watch = new Stopwatch();
        for (var run = 0; run < 3; run++)
        {
            watch.Restart();
            bytes = VariantMakers.Run(library, source, isJpeg);
            watch.Stop();
        }

        var peak = ReadStatusKibibytes("VmHWM");
        Console.WriteLine($"{library}\t{input}\t{watch.Elapsed.TotalMilliseconds:F0} ms\tpeak RSS {peak / 1024} MiB\t(before {before / 1024} MiB)\toutput {bytes / 1024} KiB");
        return 0;
    }

    private static long ReadStatusKibibytes(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
