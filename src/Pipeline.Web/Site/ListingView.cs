namespace Pipeline.Web.Site;

/// <summary>
/// What the <c>index</c> and <c>tag</c> templates receive (Scriban sees snake_case names: <c>site_title</c>,
/// <c>entries</c>, <c>older_url</c>…). Values are plain text here; <see cref="EscapedModel"/> escapes them once for
/// the template, which prints them as they are.
/// </summary>
public sealed record ListingView
{
    public required string SiteTitle { get; init; }
    public required string Lang { get; init; }
    public required string Heading { get; init; }
    public required string PageTitle { get; init; }
    public required string CanonicalUrl { get; init; }
    public required string HomeUrl { get; init; }
    public required string AtomUrl { get; init; }
    public required string JsonFeedUrl { get; init; }
    public required IReadOnlyList<ListingEntryView> Entries { get; init; }
    public string? NewerUrl { get; init; }
    public string? OlderUrl { get; init; }

    /// <summary>The tag's display name on a tag page; null on the index.</summary>
    public string? Tag { get; init; }

    public required SiteText Text { get; init; }
}

/// <summary>One listed article as templates see it.</summary>
public sealed record ListingEntryView(
    string Title,
    string Url,
    string Excerpt,
    string DateIso,
    string DateText,
    string ReadingTime,
    string Lang,
    IReadOnlyList<TagLinkView> Tags);

/// <summary>A tag: its display name and the tag page's URL (null for a tag no URL can ask for).</summary>
public sealed record TagLinkView(string Name, string? Url);
