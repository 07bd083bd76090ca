namespace Pipeline.Web.Site;

/// <summary>One published article as the reader's side lists it: an index row, never the page itself.</summary>
public sealed record SiteEntry
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string Excerpt { get; init; } = "";
    public required string Lang { get; init; }
    public required DateTimeOffset Published { get; init; }
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Tags as the article wrote them (display names); pages link them by <c>TagKey.Normalize</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public int ReadingMinutes { get; init; }

    /// <summary>Content hash + renderer version of the stored page: what changes when the article changes.</summary>
    public required string Version { get; init; }

    public DateTimeOffset LastModified => Updated is { } updated && updated > Published ? updated : Published;
}
