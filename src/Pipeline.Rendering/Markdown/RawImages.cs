using System.Net;
using System.Text;
using Pipeline.Rendering.Assets;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Resolves the <c>&lt;img&gt;</c> elements of raw HTML a draft writes, after <see cref="RawHtmlSanitizer"/> has
/// made it safe: each local <c>src</c> goes through the render's <see cref="ArticleAssets"/> and the tag is replaced
/// by <see cref="ImageMarkup"/>, exactly as for a Markdown image (an author's <c>width</c>/<c>height</c> set the
/// displayed size). Only the sanitiser's own serialisation is read here, so attributes are always
/// <c>name="value"</c> with <c>"</c> escaped inside values; external images stay as the sanitiser wrote them.
/// </summary>
internal static class RawImages
{
    public static bool MayContainImage(string html) => html.Contains("<img", StringComparison.OrdinalIgnoreCase);

    /// <param name="bodyLine">0-based body line the HTML starts on; line breaks before each image are added to it.</param>
    public static string Resolve(string sanitized, ArticleAssets assets, int bodyLine)
    {
        var builder = new StringBuilder(sanitized.Length + 256);
        var position = 0;
        for (var start = IndexOfImage(sanitized, 0); start >= 0; start = IndexOfImage(sanitized, position))
        {
            var end = TagEnd(sanitized, start);
            if (end < 0)
            {
                break;
            }

            builder.Append(sanitized, position, start - position);
            var tag = sanitized[start..(end + 1)];
            var attributes = Attributes(tag);
            var line = bodyLine + sanitized.AsSpan(0, start).Count('\n');
            attributes.TryGetValue("src", out var src);
            var outcome = assets.Image(src, line);
            var alt = attributes.GetValueOrDefault("alt") ?? "";
            builder.Append(outcome switch
            {
                // The sanitiser removed a refused src (javascript:): drop the image, as for a refused Markdown image.
                null when string.IsNullOrEmpty(src) => "",
                null => tag,
                { Published: { } asset } => ImageMarkup.Resolved(
                    assets, asset, alt, attributes.GetValueOrDefault("title"), ImageMarkup.Pixels(attributes.GetValueOrDefault("width")), ImageMarkup.Pixels(attributes.GetValueOrDefault("height"))),
                _ => ImageMarkup.Missing(alt, outcome.Reference),
            });
            position = end + 1;
        }

        return builder.Append(sanitized, position, sanitized.Length - position).ToString();
    }

    private static int IndexOfImage(string html, int from)
    {
        for (var i = html.IndexOf("<img", from, StringComparison.OrdinalIgnoreCase); i >= 0; i = html.IndexOf("<img", i + 4, StringComparison.OrdinalIgnoreCase))
        {
            if (i + 4 < html.Length && html[i + 4] is ' ' or '>' or '/')
            {
                return i;
            }
        }

        return -1;
    }

    private static int TagEnd(string html, int start)
    {
        var quoted = false;
        for (var i = start; i < html.Length; i++)
        {
            if (html[i] == '"')
            {
                quoted = !quoted;
            }
            else if (html[i] == '>' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 4;
        while (i < tag.Length)
        {
            while (i < tag.Length && tag[i] is ' ' or '/' or '>')
            {
                i++;
            }

            var nameStart = i;
            while (i < tag.Length && tag[i] is not ('=' or ' ' or '>' or '/'))
            {
                i++;
            }

            var name = tag[nameStart..i];
            var value = "";
            if (i < tag.Length && tag[i] == '=' && i + 1 < tag.Length && tag[i + 1] == '"')
            {
                var close = tag.IndexOf('"', i + 2);
                close = close < 0 ? tag.Length : close;
                value = WebUtility.HtmlDecode(tag[(i + 2)..close]);
                i = close + 1;
            }

            if (name.Length > 0)
            {
                attributes.TryAdd(name, value);
            }
        }

        return attributes;
    }
}
