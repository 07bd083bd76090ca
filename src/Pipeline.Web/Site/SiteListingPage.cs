namespace Pipeline.Web.Site;

/// <summary>One page of a newest-first listing and the storage position the next page starts at (null: last page).</summary>
public sealed record SiteListingPage(IReadOnlyList<SiteEntry> Items, string? NextPosition);
