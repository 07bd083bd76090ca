using System.Collections.Concurrent;

namespace Pipeline.Rendering.Highlighting;

/// <summary>
/// TextMate scopes → the short token classes Pygments and Chroma (Hugo) use (<c>k</c> keyword, <c>s</c> string,
/// <c>c</c> comment, <c>nf</c> function…), so the page carries classes and one small stylesheet, never inline
/// colours, and any Chroma theme fits. The innermost scope that maps wins; unmapped tokens get no span.
/// </summary>
public static class TokenClasses
{
    // Longest prefix first within each family; the first match wins.
    private static readonly (string Prefix, string Class)[] Rules =
    [
        ("punctuation.definition.comment", "c"),
        ("punctuation.definition.string", "s"),
        ("punctuation.definition.tag", "nt"),
        ("punctuation.separator.prompt", "gp"),
        ("punctuation", ""),
        ("comment", "c"),
        ("string.regexp", "sr"),
        ("string", "s"),
        ("constant.character.escape", "se"),
        ("constant.numeric", "m"),
        ("constant", "kc"),
        ("keyword.operator", "o"),
        ("keyword", "k"),
        ("storage.type", "kt"),
        ("storage", "k"),
        ("entity.name.function", "nf"),
        ("support.function", "nf"),
        ("entity.name.tag", "nt"),
        ("entity.other.attribute-name", "na"),
        ("entity.name.type", "nc"),
        ("entity.name.class", "nc"),
        ("entity.other.inherited-class", "nc"),
        ("support.type", "nc"),
        ("support.class", "nc"),
        ("entity.name.namespace", "nn"),
        ("entity.name.section", "gh"),
        ("entity.other.prompt-prefix", "gp"),
        ("variable.language", "kc"),
        ("variable", "nv"),
        ("support.variable", "nv"),
        ("support.constant", "kc"),
        ("markup.inserted", "gi"),
        ("markup.deleted", "gd"),
        ("markup.heading", "gh"),
        ("meta.diff.range", "gu"),
        ("meta.diff.header", "gh"),
        ("meta.output", "go"),
    ];

    /// <summary>
    /// Scope name → its class: a grammar has a few hundred scope names and every token looks one up per scope. A
    /// few grammars put captured text into scope names, so the cache stops growing at <see cref="MaxCached"/>.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.Ordinal);

    private const int MaxCached = 10_000;

    /// <summary>The class for a token's scope stack (outermost first), or null.</summary>
    public static string? For(IReadOnlyList<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            // Plain punctuation maps to "": no class of its own, but inside a string or comment it takes theirs.
            if (Cached(scopes[i]) is { Length: > 0 } cssClass)
            {
                return cssClass;
            }
        }

        return null;
    }

    private static string? Cached(string scope)
    {
        if (Cache.TryGetValue(scope, out var cssClass))
        {
            return cssClass;
        }

        cssClass = Lookup(scope);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(scope, cssClass);
        }

        return cssClass;
    }

    private static string? Lookup(string scope)
    {
        foreach (var (prefix, cssClass) in Rules)
        {
            if (scope.StartsWith(prefix, StringComparison.Ordinal) && (scope.Length == prefix.Length || scope[prefix.Length] == '.'))
            {
                return cssClass;
            }
        }

        return null;
    }
}
