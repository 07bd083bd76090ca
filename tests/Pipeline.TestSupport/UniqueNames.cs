namespace Pipeline.TestSupport;

/// <summary>Names valid both as blob containers and as tables: lower-case letters and digits, starting with a letter.</summary>
public static class UniqueNames
{
    private static int Counter;

    public static string Next(string prefix)
    {
        var number = Interlocked.Increment(ref Counter);
        return $"{prefix}{number}x{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 20, 63)];
    }
}
