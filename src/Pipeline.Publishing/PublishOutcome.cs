namespace Pipeline.Publishing;

public enum PublishOutcome
{
    /// <summary>A new page version is live.</summary>
    Published,

    /// <summary>Same content hash and renderer version as the live page: nothing written.</summary>
    Unchanged,

    /// <summary>The event was older than what is already published: nothing written.</summary>
    Stale,

    /// <summary>Front matter says draft: not published (and unpublished if it was).</summary>
    NotPublishable,

    /// <summary>Dated in the future: recorded, published by reconcile when due.</summary>
    Scheduled,

    /// <summary>Page and index rows removed, tombstone kept.</summary>
    Unpublished,

    /// <summary>The draft no longer exists (deleted before the event was handled).</summary>
    Missing,

    /// <summary>A permanent problem, recorded in the draft's status row; the previous page stays live.</summary>
    Failed,
}
