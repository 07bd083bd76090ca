namespace Pipeline.Web.Site;

/// <summary>
/// Newest-first listings from the article index: every article, or one tag's (matched by its normalised key).
/// A page costs one range query whatever the number of articles; <c>position</c> is the storage's own
/// continuation, which the handlers only ever hand out inside a signed cursor.
/// </summary>
public interface ISiteListing
{
    Task<SiteListingPage> ListAsync(string? tagKey, int limit, string? position, CancellationToken cancellationToken);
}
