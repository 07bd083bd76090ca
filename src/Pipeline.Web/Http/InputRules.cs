using System.Globalization;
using Microsoft.AspNetCore.Http;
using Pipeline.Publishing.Stores;
using Pipeline.Rendering;
using Pipeline.Rendering.Text;

namespace Pipeline.Web.Http;

/// <summary>
/// Syntax checks for every value a client sends. They decide only "well-formed or not"; whether a well-formed
/// slug or tag exists is the storage's answer (404 or an empty listing).
/// </summary>
public static class InputRules
{
    public const int DefaultLimit = 20;

    /// <summary>
    /// Reads <c>limit</c>: absent means <see cref="DefaultLimit"/>; otherwise one integer in 1–<see cref="ArticleQuery.MaxLimit"/>
    /// (the index's own page-size limit, so a valid request is never refused by storage).
    /// </summary>
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

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= ArticleQuery.MaxLimit
            ? InputReading<int>.Valid(limit)
            : InputReading<int>.Invalid(BadRequest.For("limit", $"'limit' must be a whole number from 1 to {ArticleQuery.MaxLimit}."));
    }

    /// <summary>Reads <c>tag</c>: absent means every article; otherwise its normalised key (see <see cref="TagKey"/>).</summary>
    public static InputReading<string?> Tag(IQueryCollection query)
    {
        if (!TrySingle(query, "tag", out var raw, out var error))
        {
            return InputReading<string?>.Invalid(error);
        }

        return raw is null ? InputReading<string?>.Valid(null) : TagValue(raw);
    }

    /// <summary>Checks one tag value (from the query or a path): its normalised key, or the 400 naming <c>tag</c>.</summary>
    public static InputReading<string?> TagValue(string raw) =>
        TagKey.Problem(raw) is { } problem
            ? InputReading<string?>.Invalid(BadRequest.For("tag", "'tag' " + problem))
            : InputReading<string?>.Valid(TagKey.Normalize(raw));

    /// <summary>Reads <c>cursor</c>: absent means the first page; its contents are checked by the cursor codec.</summary>
    public static InputReading<string?> Cursor(IQueryCollection query) =>
        TrySingle(query, "cursor", out var raw, out var error)
            ? InputReading<string?>.Valid(raw)
            : InputReading<string?>.Invalid(error);

    /// <summary>Checks a slug taken from the path; no slug longer than the index can key (<see cref="IndexKeys.MaxSlugLength"/>) exists.</summary>
    public static IResult? SlugProblem(string? slug)
    {
        var problem = UrlSegment.Problem(slug ?? "", IndexKeys.MaxSlugLength, isTag: false);
        return problem is null ? null : BadRequest.For("slug", "The slug " + problem);
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
