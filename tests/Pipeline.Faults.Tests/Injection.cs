namespace Pipeline.Faults.Tests;

/// <summary>Everything a schedule does to the pipeline, by kind; the suite counts each and prints the totals.</summary>
public enum Injection
{
    /// <summary>A new draft.</summary>
    Upload,

    /// <summary>A new version of an existing draft.</summary>
    Overwrite,

    /// <summary>The same bytes uploaded again: a duplicate event.</summary>
    DuplicateUpload,

    /// <summary>Blob metadata changed, bytes not: a new ETag (and event) for the same content.</summary>
    TouchMetadata,

    /// <summary>Three versions back to back: events that may be seen out of order.</summary>
    OverwriteBurst,

    /// <summary>The same bytes under a new name, then the old name deleted (how a rename looks in a container).</summary>
    Rename,

    Delete,

    /// <summary>Deleted, then the same bytes uploaded again under the same name.</summary>
    DeleteAndRecreate,

    /// <summary>A new version with a different slug (the old one becomes a redirect).</summary>
    SlugChange,

    /// <summary>A new draft claiming a slug another draft of the schedule owns.</summary>
    SlugConflict,

    /// <summary>The local host killed with SIGKILL at a random point, then started again.</summary>
    HostKill,

    /// <summary>Azurite stopped for a random time (an outage), then started again on the same data.</summary>
    StorageRestart,
}
