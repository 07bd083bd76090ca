namespace Pipeline.Bench.E2e;

/// <summary>One published Functions app the cold-start bench launches, with the environment variables added to its worker.</summary>
public sealed record ColdStartApp(string Name, string Directory, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Parses <c>NAME=DIR[+ENV=VALUE…];NAME=DIR…</c>.</summary>
    public static List<ColdStartApp> Parse(string apps) =>
        [.. apps.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseOne)];

    private static ColdStartApp ParseOne(string app)
    {
        var parts = app.Split('+');
        var (name, directory) = Pair(parts[0]);
        return new ColdStartApp(name, Path.GetFullPath(directory), parts.Skip(1).Select(Pair).ToDictionary(p => p.Key, p => p.Value));
    }

    private static (string Key, string Value) Pair(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 ? (text[..equals], text[(equals + 1)..]) : throw new ArgumentException($"expected NAME=VALUE, got '{text}'");
    }
}
