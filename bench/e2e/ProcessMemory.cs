namespace Pipeline.Bench.E2e;

/// <summary>
/// A process's resident memory from /proc/PID/status: <c>VmHWM</c> is the peak working set since it started
/// (or since <see cref="ResetPeak"/>), <c>VmRSS</c> the current one.
/// </summary>
public static class ProcessMemory
{
    public static long PeakBytes(int pid) => Read(pid, "VmHWM:");

    public static long CurrentBytes(int pid) => Read(pid, "VmRSS:");

    /// <summary>Writing 5 to /proc/PID/clear_refs resets VmHWM to the current RSS (Linux 4.0+), so a phase's own peak can be read.</summary>
    public static bool ResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long Read(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kilobytes = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"{field} not found for pid {pid}");
    }
}
