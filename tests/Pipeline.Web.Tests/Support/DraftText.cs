namespace Pipeline.Web.Tests.Support;

/// <summary>Draft texts in the <see cref="HeaderLineRenderer"/> format.</summary>
internal static class DraftText
{
    public static string Article(string slug, DateTimeOffset date, string title = "A title", string tags = "", string body = "Some text.") =>
        $"title: {title}\nslug: {slug}\ndate: {date:O}\ntags: {tags}\n\n{body}\n";
}
