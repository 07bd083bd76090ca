namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Defence in depth for text that merely mentions a script URL (a code sample, or markup Markdig left as
/// text): "javascript:" in rendered HTML becomes "javascript&amp;#58;", which reads the same but can never be
/// taken for a live URL by a careless consumer or flagged by a scanner. Links and images never carry
/// such URLs: <see cref="UrlPolicy"/> drops them earlier. One vectorised search; most pages have no match.
/// </summary>
public static class ScriptSchemeText
{
    private const string Marker = "script:";

    public static string Neutralize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var index = html.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return html;
        }

        var builder = new System.Text.StringBuilder(html.Length + 16);
        var start = 0;
        while (index >= 0)
        {
            var colon = index + Marker.Length - 1;
            builder.Append(html, start, colon - start).Append("&#58;");
            start = colon + 1;
            index = html.IndexOf(Marker, start, StringComparison.OrdinalIgnoreCase);
        }

        return builder.Append(html, start, html.Length - start).ToString();
    }
}
