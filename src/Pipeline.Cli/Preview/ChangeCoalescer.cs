namespace Pipeline.Cli.Preview;

/// <summary>
/// Turns a burst of file events into one batch: every event restarts a short quiet period, and when it passes the
/// paths seen are handed over once. Editors that save by writing a temporary file and renaming it (vim) or by
/// writing twice (VS Code) fire several events for one save; they become one render.
/// </summary>
internal sealed class ChangeCoalescer : IDisposable
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly TimeSpan _quiet;
    private readonly Action<IReadOnlyCollection<string>> _flush;
    private readonly ITimer _timer;

    public ChangeCoalescer(TimeSpan quiet, TimeProvider clock, Action<IReadOnlyCollection<string>> flush)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _quiet = quiet;
        _flush = flush;
        _timer = clock.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The default quiet period: longer than the gap between an editor's writes, far below what a person notices.</summary>
    public static TimeSpan DefaultQuiet { get; } = TimeSpan.FromMilliseconds(40);

    public void Add(string path)
    {
        lock (_lock)
        {
            _pending.Add(path);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Flush()
    {
        string[] batch;
        lock (_lock)
        {
            batch = [.. _pending];
            _pending.Clear();
        }

        if (batch.Length > 0)
        {
            _flush(batch);
        }
    }
}
