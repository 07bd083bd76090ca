using Microsoft.Extensions.Logging;

namespace Pipeline.Cli.Preview;

/// <summary>
/// Watches the previewed folder: file events (saved, created, renamed, deleted) are coalesced, the changed drafts
/// alone are rendered again, and open pages are told to reload once per batch. Nothing a draft contains can stop
/// it: a render failure becomes that draft's error page; a lost event buffer rescans the folder.
/// </summary>
internal sealed class DraftWatcher : IDisposable
{
    private readonly PreviewDrafts _drafts;
    private readonly ReloadSignal _signal;
    private readonly ILogger _logger;
    private readonly Lock _renderLock = new();
    private readonly ChangeCoalescer _coalescer;
    private readonly FileSystemWatcher _watcher;

    public DraftWatcher(PreviewDrafts drafts, ReloadSignal signal, TimeProvider clock, ILogger logger)
    {
        _drafts = drafts;
        _signal = signal;
        _logger = logger;
        _coalescer = new ChangeCoalescer(ChangeCoalescer.DefaultQuiet, clock, Apply);
        _watcher = new FileSystemWatcher(drafts.Root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => Seen(e.FullPath);
        _watcher.Created += (_, e) => Seen(e.FullPath);
        _watcher.Deleted += (_, e) => Seen(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Seen(e.OldFullPath);
            Seen(e.FullPath);
        };
        _watcher.Error += (_, e) =>
        {
            _logger.LogWarning(e.GetException(), "File events were lost; rescanning {Folder}", drafts.Root);
            Rescan();
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Renders every draft of the folder (in parallel; the start of a preview).</summary>
    public void RenderAll()
    {
        lock (_renderLock)
        {
            Parallel.ForEach(_drafts.DraftFiles(), path => RefreshSafely(path));
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _coalescer.Dispose();
    }

    private void Seen(string fullPath)
    {
        if (_drafts.IsDraft(fullPath))
        {
            _coalescer.Add(fullPath);
        }
    }

    private void Rescan()
    {
        lock (_renderLock)
        {
            var present = _drafts.DraftFiles().ToHashSet(StringComparer.Ordinal);
            var known = _drafts.KnownFiles().Where(path => !present.Contains(path));
            var changed = present.Concat(known).Select(RefreshSafely).ToList().Contains(true);
            if (changed)
            {
                _signal.Notify();
            }
        }
    }

    private void Apply(IReadOnlyCollection<string> paths)
    {
        lock (_renderLock)
        {
            // ToList: every path is rendered; only then are pages told to reload, once.
            if (paths.Select(RefreshSafely).ToList().Contains(true))
            {
                _signal.Notify();
            }
        }
    }

    private bool RefreshSafely(string fullPath)
    {
        try
        {
            return _drafts.Refresh(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Cannot read {Path}: {Message}", fullPath, e.Message);
            return false;
        }
    }
}
