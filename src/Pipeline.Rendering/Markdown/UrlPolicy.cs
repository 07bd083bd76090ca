namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Which link and image URLs a page may carry. Relative URLs and http(s), mailto and tel are allowed;
/// <c>data:</c> only for raster images; every other scheme (javascript:, vbscript:, file:, …) is refused.
/// The scheme is read the way browsers do: leading spaces and control characters skipped, tabs and
/// line breaks inside ignored, letter case ignored. Markdig has already decoded character references.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] SafeImageTypes = ["image/png", "image/jpeg", "image/jpg", "image/gif", "image/webp", "image/avif", "image/bmp"];

    public static bool IsAllowed(string? url, bool isImage)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        Span<char> scheme = stackalloc char[16];
        var length = 0;
        var i = 0;
        while (i < url.Length && url[i] <= ' ')
        {
            i++;
        }

        for (; i < url.Length; i++)
        {
            var c = url[i];
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c == ':')
            {
                break;
            }

            // Percent-escapes before the first ':' ("%20javascript:") are harmless to browsers but only ever
            // written to dodge filters: refuse rather than reason about every consumer.
            if (c == '%')
            {
                var end = url.AsSpan(i).IndexOfAny(":/?#");
                return end < 0 || url[i + end] != ':';
            }

            // A URL whose first segment cannot be a scheme is relative: browsers resolve it against the page.
            if (!(char.IsAsciiLetter(c) || (length > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))) || length == scheme.Length)
            {
                return true;
            }

            scheme[length++] = char.ToLowerInvariant(c);
        }

        if (i == url.Length)
        {
            return true;
        }

        var name = scheme[..length];
        return name switch
        {
            "http" or "https" or "mailto" or "tel" => true,
            "data" => isImage && IsRasterImageData(url.AsSpan(i + 1)),
            _ => false,
        };
    }

    private static bool IsRasterImageData(ReadOnlySpan<char> afterScheme)
    {
        var trimmed = afterScheme.TrimStart();
        foreach (var type in SafeImageTypes)
        {
            if (trimmed.StartsWith(type, StringComparison.OrdinalIgnoreCase)
                && trimmed.Length > type.Length && trimmed[type.Length] is ';' or ',')
            {
                return true;
            }
        }

        return false;
    }
}
