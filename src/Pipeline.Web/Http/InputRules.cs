using System.Globalization;
using Microsoft.AspNetCore.Http;
using Pipeline.Core.Rendering;

namespace Pipeline.Web.Http;

/// <summary>
/// Syntax checks for every value a client sends. They decide only "well-formed or not"; whether a well-formed
/// slug or tag exists is the storage's answer (404 or an empty listing).
/// </summary>
public static class InputRules
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Longest slug or tag accepted; far above what the renderer produces, far below storage key limits.</summary>
    public const int MaxSlugLength = 200;

    public const int MaxTagLength = 64;

    /// <summary>Reads <c>limit</c>: absent means <see cref="DefaultLimit"/>; otherwise one integer in 1–<see cref="MaxLimit"/>.</summary>
    public static InputReading<int> Limit(IQueryCollection query)
    {
        if (!TrySingle(query, "limit", out var raw, out var error))
        {
            return InputReading<int>.Invalid(error);
        }

        if (raw is null)
        {
            return InputReading<int>.Valid(DefaultLimit);
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= MaxLimit
            ? InputReading<int>.Valid(limit)
            : InputReading<int>.Invalid(BadRequest.For("limit", $"'limit' must be a whole number from 1 to {MaxLimit}."));
    }

    /// <summary>Reads <c>tag</c>: absent means every article; otherwise its normalised key (see <see cref="TagKey"/>).</summary>
    public static InputReading<string?> Tag(IQueryCollection query)
    {
        if (!TrySingle(query, "tag", out var raw, out var error))
        {
            return InputReading<string?>.Invalid(error);
        }

        if (raw is null)
        {
            return InputReading<string?>.Valid(null);
        }

        var problem = SegmentProblem(raw, MaxTagLength, isTag: true);
        if (problem is not null)
        {
            return InputReading<string?>.Invalid(BadRequest.For("tag", "'tag' " + problem));
        }

        var key = TagKey.Normalize(raw);
        return key.Length == 0
            ? InputReading<string?>.Invalid(BadRequest.For("tag", "'tag' must not be blank."))
            : InputReading<string?>.Valid(key);
    }

    /// <summary>Reads <c>cursor</c>: absent means the first page; its contents are checked by the cursor codec.</summary>
    public static InputReading<string?> Cursor(IQueryCollection query) =>
        TrySingle(query, "cursor", out var raw, out var error)
            ? InputReading<string?>.Valid(raw)
            : InputReading<string?>.Invalid(error);

    /// <summary>Checks a slug taken from the path.</summary>
    public static IResult? SlugProblem(string? slug)
    {
        var problem = SegmentProblem(slug ?? "", MaxSlugLength, isTag: false);
        return problem is null ? null : BadRequest.For("slug", "The slug " + problem);
    }

    /// <summary>
    /// Why <paramref name="value"/> cannot be a slug or tag, or null. Letters and digits of any script, combining
    /// marks, '-', '_', '.' and '・' are allowed (tags may also hold spaces, which normalise to '-', and '+'/'#' as in
    /// "C#"); control characters, slashes, '?', '%' and the like never appear in a slug or tag key.
    /// </summary>
    private static string? SegmentProblem(string value, int maxLength, bool isTag)
    {
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

    /// <summary>A query parameter given at most once; repeating it is ambiguous, so it is an error.</summary>
    private static bool TrySingle(IQueryCollection query, string name, out string? value, out IResult error)
    {
        value = null;
        error = Results.Empty;
        var values = query[name];
        if (values.Count > 1)
        {
            error = BadRequest.For(name, $"'{name}' must be given at most once.");
            return false;
        }

        value = values.Count == 1 ? values[0] : null;
        return true;
    }
}
