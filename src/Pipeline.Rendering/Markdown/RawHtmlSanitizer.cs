using System.Collections.Concurrent;
using Ganss.Xss;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// The allow-list for HTML a draft writes itself (Markdig's HtmlBlock and HtmlInline nodes; the HTML
/// Markdig generates is safe by construction and never passes through here). Configured once:
/// content elements only (no script, style, iframe, object, embed, form, base, meta, svg, math),
/// no event handlers or style attributes, URLs limited to http(s), mailto and tel. An <c>&lt;img&gt;</c> that survives
/// gets what every article image carries (<see cref="ImageAttributes"/>): <c>loading="lazy"</c> and
/// <c>decoding="async"</c>, unless the author set them.
/// </summary>
public sealed class RawHtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
        "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
        "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong",
        "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "scope", "headers", "abbr", "lang", "dir",
        "cite", "datetime", "open", "start", "reversed", "class", ImageAttributes.Loading, ImageAttributes.Decoding,
    ];

    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase) { "br", "col", "hr", "img", "wbr" };

    /// <summary>Inline tags repeat (&lt;kbd&gt;, &lt;br&gt;…): their sanitised form is cached, boundedly.</summary>
    private const int TagCacheLimit = 2048;

    // Built on the first raw HTML a draft writes, not at start-up: HtmlSanitizer's static set-up (AngleSharp's CSS
    // tables, compiled regexes) costs ~0.1–0.3 s of CPU, which a batch of drafts without raw HTML never needs.
    private readonly Lazy<HtmlSanitizer> _sanitizer = new(Create);
    private readonly HashSet<string> _allowedTags = new(Tags, StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _tagCache = new(StringComparer.Ordinal);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite", "action", "formaction", "longdesc", "poster", "background", "xlink:href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        });
        sanitizer.AllowDataAttributes = false;
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "img" } image)
            {
                ImageAttributes.Apply(image);
            }
        };
        return sanitizer;
    }

    /// <summary>
    /// A raw HTML block. Markdown may sit between an opening and a closing tag written as separate blocks
    /// (<c>&lt;details&gt;</c> … <c>&lt;/details&gt;</c>), so closers the sanitiser adds at the end are
    /// removed again and a block of bare closing tags keeps those of allowed elements.
    /// </summary>
    public string SanitizeBlock(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (TryClosingTagsOnly(html, out var closers))
        {
            return closers;
        }

        var sanitized = _sanitizer.Value.Sanitize(html);
        return RemoveAddedClosers(html, sanitized);
    }

    /// <summary>One inline tag as Markdig splits them: an opening tag, a closing tag, a comment or a declaration.</summary>
    public string SanitizeTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (_tagCache.TryGetValue(tag, out var cached))
        {
            return cached;
        }

        var result = SanitizeTagUncached(tag);
        if (_tagCache.Count < TagCacheLimit && tag.Length <= 256)
        {
            _tagCache.TryAdd(tag, result);
        }

        return result;
    }

    private string SanitizeTagUncached(string tag)
    {
        if (TryClosingTagsOnly(tag, out var closers))
        {
            return closers;
        }

        var name = TagName(tag, 1);
        if (name.Length == 0 || !_allowedTags.Contains(name))
        {
            return "";
        }

        var sanitized = _sanitizer.Value.Sanitize(tag);
        var closer = "</" + name + ">";
        if (sanitized.EndsWith(closer, StringComparison.OrdinalIgnoreCase))
        {
            sanitized = sanitized[..^closer.Length];
        }

        return sanitized.StartsWith('<') ? sanitized : "";
    }

    /// <summary>Text made only of closing tags (and white space): keep those of allowed, non-void elements.</summary>
    private bool TryClosingTagsOnly(string html, out string closers)
    {
        closers = "";
        var span = html.AsSpan().Trim();
        if (!span.StartsWith("</", StringComparison.Ordinal))
        {
            return false;
        }

        var result = new System.Text.StringBuilder();
        while (!span.IsEmpty)
        {
            if (!span.StartsWith("</", StringComparison.Ordinal))
            {
                return false;
            }

            var end = span.IndexOf('>');
            if (end < 0)
            {
                return false;
            }

            var name = TagName(span[..end].ToString(), 2);
            if (name.Length == 0 || span[(2 + name.Length)..end].Trim().Length != 0)
            {
                return false;
            }

            if (_allowedTags.Contains(name) && !VoidTags.Contains(name))
            {
                result.Append("</").Append(name.ToLowerInvariant()).Append('>');
            }

            span = span[(end + 1)..].TrimStart();
        }

        closers = result.ToString();
        return true;
    }

    /// <summary>
    /// Strips trailing closing tags the sanitiser added for elements the original leaves open. Linear: each
    /// element name is counted once in each text, and removing a closer only lowers the count already taken.
    /// </summary>
    private static string RemoveAddedClosers(string original, string sanitized)
    {
        var end = sanitized.AsSpan().TrimEnd().Length;
        var inOriginal = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var inResult = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (end > 0 && sanitized[end - 1] == '>')
        {
            var start = sanitized.AsSpan(0, end).LastIndexOf("</", StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            var name = TagName(sanitized[start..end], 2);
            if (name.Length == 0 || start + 3 + name.Length != end)
            {
                break;
            }

            var marker = "</" + name;
            if (!inOriginal.TryGetValue(name, out var originalCount))
            {
                originalCount = inOriginal[name] = Count(original, marker);
            }

            if (!inResult.TryGetValue(name, out var resultCount))
            {
                resultCount = Count(sanitized.AsSpan(0, end), marker);
            }

            if (originalCount >= resultCount)
            {
                break;
            }

            inResult[name] = resultCount - 1;
            end = sanitized.AsSpan(0, start).TrimEnd().Length;
        }

        return sanitized[..end];
    }

    private static int Count(ReadOnlySpan<char> text, string marker)
    {
        var count = 0;
        for (var i = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase))
        {
            count++;
            text = text[(i + marker.Length)..];
        }

        return count;
    }

    private static string TagName(string tag, int start)
    {
        var end = start;
        while (end < tag.Length && (char.IsAsciiLetterOrDigit(tag[end]) || tag[end] == '-'))
        {
            end++;
        }

        return end > start && char.IsAsciiLetter(tag[start]) ? tag[start..end] : "";
    }
}
