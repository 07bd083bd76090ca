using System.Net;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Web.Previews;

/// <summary>
/// The page an author sees instead of a draft that cannot be rendered: what is wrong and on which line. Shown by
/// preview links and by <c>pipeline preview</c>, never to readers (a published page stays as it was).
/// </summary>
public static class DraftErrorPage
{
    public static string Html(string draftPath, DraftException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var line = error.Line is { } number ? $"<p class=\"draft-error-line\">line {number}</p>" : "";
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Error: " + WebUtility.HtmlEncode(draftPath) + "</title></head>"
            + "<body><main role=\"alert\"><h1>This draft cannot be rendered</h1>"
            + $"<p><code>{WebUtility.HtmlEncode(draftPath)}</code> ({error.Kind})</p>{line}"
            + $"<p class=\"draft-error-message\">{WebUtility.HtmlEncode(error.Message)}</p>"
            + "<p>Fix the draft and save it again.</p></main></body></html>";
    }
}
