namespace Pipeline.Publishing.Stores;

/// <summary>Where a draft stands, as <c>GET /api/drafts</c> reports it.</summary>
public enum DraftState
{
    /// <summary>Its current version is live.</summary>
    Published,

    /// <summary>Dated in the future; reconcile publishes it when due.</summary>
    Scheduled,

    /// <summary>Front matter says <c>draft: true</c>: not published.</summary>
    Draft,

    /// <summary>Its current version cannot be published (see the error); the last good version, if any, stays live.</summary>
    Failed,

    /// <summary>The trigger engine gave up after repeated (transient) failures; reconcile retries it.</summary>
    Poisoned,
}
