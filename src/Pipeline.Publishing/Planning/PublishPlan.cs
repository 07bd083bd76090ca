using Pipeline.Publishing.Stores;

namespace Pipeline.Publishing.Planning;

/// <summary>
/// One decision and everything needed to carry it out: the index commit (null when nothing is committed), the page
/// blob to write first (when publishing), the page blob that is superseded once the commit succeeds, the state the
/// status row should show, and for <see cref="PublishAction.Conflict"/>/<see cref="PublishAction.Reject"/> the error.
/// </summary>
public sealed record PublishPlan
{
    public required PublishAction Action { get; init; }

    /// <summary>Why, in words, for the log.</summary>
    public required string Reason { get; init; }

    public IndexCommit? Commit { get; init; }

    /// <summary>The draft row as it will be after the commit (for <see cref="PublishAction.Skip"/>, as it is).</summary>
    public DraftRecord? Next { get; init; }

    /// <summary>The version-unique page blob the commit makes live; written before the commit.</summary>
    public string? PageBlob { get; init; }

    /// <summary>The page blob that stops being live when the commit succeeds; deleted after it.</summary>
    public string? SupersededPage { get; init; }

    public DraftError? Error { get; init; }

    /// <summary>For a <see cref="PublishAction.Conflict"/>: the slug this draft waits for.</summary>
    public string? ContestedSlug { get; init; }

    /// <summary>True when the plan writes to the index (a publish, withdrawal, schedule or removal).</summary>
    public bool Commits => Commit is not null;
}
