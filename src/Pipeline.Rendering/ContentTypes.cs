namespace Pipeline.Rendering;

/// <summary>
/// Every media type the pipeline stores or serves, in one place: the page store, the uploader and the HTTP
/// handlers all name these. Text is always UTF-8 (the decoder normalises drafts to it; pages and feeds are written
/// in it), so the charset is part of each value.
/// </summary>
public static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";
    public const string JavaScript = "text/javascript; charset=utf-8";
    public const string Markdown = "text/markdown; charset=utf-8";
    public const string PlainText = "text/plain; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";
    public const string Xml = "application/xml; charset=utf-8";
    public const string Atom = "application/atom+xml; charset=utf-8";
    public const string JsonFeed = "application/feed+json; charset=utf-8";

    /// <summary>Bytes of no known kind (a file that is not a draft).</summary>
    public const string OctetStream = "application/octet-stream";
}
