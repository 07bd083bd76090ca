using System.Globalization;

namespace Pipeline.Rendering.Text;

/// <summary>
/// Which text may stand as one segment of a site URL (a slug, a tag key): the single rule the web layer validates
/// requests by and the renderers decide links by, so a link is made exactly when its target can be asked for.
/// </summary>
public static class UrlSegment
{
    /// <summary>
    /// Why <paramref name="value"/> cannot be a slug or tag, or null. Letters and digits of any script, combining
    /// marks, '-', '_', '.' and '・' are allowed (tags may also hold spaces, which normalise to '-', and '+'/'#' as in
    /// "C#"); control characters, slashes, '?', '%' and the like never appear in a slug or tag key.
    /// </summary>
    public static string? Problem(string value, int maxLength, bool isTag)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return "must not be empty.";
        }

        if (value.Length > maxLength)
        {
            return $"must be at most {maxLength} characters long.";
        }

        if (value is "." or "..")
        {
            return "must not be a dot segment.";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                return "must not contain control characters.";
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                return "must be valid Unicode text.";
            }

            var allowed = char.IsLetterOrDigit(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || c is '-' or '_' or '.' or '・'
                || (isTag && c is ' ' or '+' or '#');
            if (!allowed)
            {
                return $"must not contain '{c}': use letters, digits, '-', '_' or '.'.";
            }
        }

        return null;
    }
}
