using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Cli.Preview;

/// <summary>
/// What only preview pages get, added to every HTML answer of the preview server: the one live-reload script
/// (tagged with the generation the page was built at), the list of drafts that fail now, a Content-Security-Policy
/// that lets exactly that script run, and <c>no-store</c> so a reload always fetches the page anew. Production
/// pages, rendered by the same code, stay script-free (<c>script-src 'none'</c>).
/// </summary>
internal sealed class PreviewPageDecoration(RequestDelegate next, ReloadSignal signal, PreviewDrafts drafts)
{
    public const string ScriptPath = "/_preview/reload.js";
    public const string EventsPath = "/_preview/events";

    /// <summary>The production policy with the reload script (same origin) allowed.</summary>
    public const string ContentSecurityPolicy = "script-src 'self'; object-src 'none'; base-uri 'none'";

    /// <summary>Reloads the page when the preview's generation moves past the one the page was built at.</summary>
    public const string Script =
        "(() => {\n" +
        "  const built = document.currentScript.dataset.generation;\n" +
        "  const events = new EventSource(\"" + EventsPath + "\");\n" +
        "  events.onmessage = (e) => { if (e.data !== built) { events.close(); location.reload(); } };\n" +
        "})();\n";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/_preview", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        // Every answer is rebuilt: an ETag match would bring back a page tagged with an old generation.
        context.Request.Headers.IfNoneMatch = default;
        var generation = signal.Generation;
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var bytes = buffer.ToArray();
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            bytes = Encoding.UTF8.GetBytes(Decorate(Encoding.UTF8.GetString(bytes), generation));
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ETag = default;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, context.RequestAborted);
    }

    private string Decorate(string html, long generation)
    {
        var failures = drafts.Failures;
        var list = failures.Count == 0 || html.Contains("role=\"alert\"", StringComparison.Ordinal)
            ? ""
            : "<aside role=\"status\" class=\"preview-failures\" style=\"margin:1em;padding:.5em 1em;border:2px solid #b91c1c;font:1rem/1.4 system-ui,sans-serif\">"
                + $"<strong>{failures.Count} draft(s) cannot be rendered</strong><ul>"
                + string.Concat(failures.Select(f => $"<li><code>{WebUtility.HtmlEncode(f.Path)}</code>: {WebUtility.HtmlEncode(f.Error.Message)}</li>"))
                + "</ul></aside>";
        var script = $"<script src=\"{ScriptPath}\" data-generation=\"{generation}\"></script>";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + list + script : html.Insert(end, list + script);
    }
}
