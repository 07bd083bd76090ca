namespace Pipeline.Publishing.Planning;

/// <summary>What <see cref="PublishDecision"/> decided to do with one draft version.</summary>
public enum PublishAction
{
    /// <summary>Write the page, commit the article row (and any redirects: old slugs, aliases).</summary>
    Publish,

    /// <summary>Same bytes or text and renderer as the live version, no schedule due: write nothing.</summary>
    Skip,

    /// <summary><c>draft: true</c>: take the live article off the site (404), remember the version.</summary>
    Withdraw,

    /// <summary>Dated in the future: off the site until due, then reconcile publishes it.</summary>
    Schedule,

    /// <summary>The draft was deleted: its slugs become tombstones (410) and its rows go.</summary>
    Remove,

    /// <summary>The slug is another draft's live article: recorded as a failure until that slug is freed.</summary>
    Conflict,

    /// <summary>Older than the indexed version, or no longer the blob's current version: a newer one wins.</summary>
    Stale,

    /// <summary>A permanent problem with this version (a limit of the index, too many rows): recorded, never retried as is.</summary>
    Reject,
}
