namespace Pipeline.Rendering.Assets;

/// <summary>
/// Where a draft's reference to an image or file may be, in the order they are tried (docs/architecture.md, "Assets"):
/// <list type="number">
/// <item>a relative reference (<c>fig.jpg</c>, <c>./fig.jpg</c>, <c>../shared/pic.webp</c>) against the draft's own
/// folder (Hugo page bundles, plain folders), then against the site root;</item>
/// <item>a root reference (<c>/images/x/fig.png</c>, Zenn) against the site root, then under <c>static/</c> (Hugo's
/// <c>static/img/a.png</c> is published as <c>/img/a.png</c>).</item>
/// </list>
/// Absolute URLs (<c>https://</c>, <c>//host</c>, <c>data:</c>, <c>mailto:</c>) are not assets and give no candidates;
/// a path that climbs above the site root (<c>../../x</c> from a top-level draft) is not a candidate either.
/// Paths are blob names: '/'-separated, no leading slash, query and fragment dropped, percent-escapes decoded.
/// </summary>
public static class AssetReferences
{
    public const string HugoStaticFolder = "static";

    public static IReadOnlyList<string> Candidates(string draftPath, string reference)
    {
        var target = PathPart(reference);
        if (target.Length == 0 || IsExternal(target))
        {
            return [];
        }

        var candidates = new List<string>();
        if (target.StartsWith('/'))
        {
            Add(candidates, Normalize(target.TrimStart('/')));
            Add(candidates, Normalize(HugoStaticFolder + "/" + target.TrimStart('/')));
        }
        else
        {
            var folder = draftPath.Replace('\\', '/');
            var slash = folder.LastIndexOf('/');
            folder = slash < 0 ? "" : folder[..(slash + 1)];
            Add(candidates, Normalize(folder + target));
            Add(candidates, Normalize(target));
        }

        return candidates;
    }

    /// <summary>True for a reference that names something outside the site: a scheme (https:, data:) or a network path (//host).</summary>
    public static bool IsExternal(string reference) =>
        reference.StartsWith("//", StringComparison.Ordinal) || HasScheme(reference);

    private static string PathPart(string reference)
    {
        var end = reference.IndexOfAny(['?', '#']);
        var path = (end < 0 ? reference : reference[..end]).Trim();
        return Uri.UnescapeDataString(path);
    }

    // RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" — before any '/'.
    private static bool HasScheme(string reference)
    {
        var colon = reference.IndexOf(':');
        if (colon <= 0 || (reference.IndexOf('/') is var slash && slash >= 0 && slash < colon))
        {
            return false;
        }

        return char.IsAsciiLetter(reference[0])
            && reference[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    private static void Add(List<string> candidates, string? path)
    {
        if (path is { Length: > 0 } && !candidates.Contains(path, StringComparer.Ordinal))
        {
            candidates.Add(path);
        }
    }

    // Resolves '.' and '..'; null when the path climbs above the root.
    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }
}
