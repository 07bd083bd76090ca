namespace Pipeline.Publishing.Stores;

/// <summary>
/// One spelling for blob ETags. Blob listings and poison messages carry them bare, HEAD/GET responses quoted;
/// comparing them as strings only works once both are in one form.
/// </summary>
public static class ETags
{
    public static string Quoted(string etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        return "\"" + etag.Trim('"') + "\"";
    }
}
