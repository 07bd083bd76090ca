using TextMateSharp.Grammars;

namespace Pipeline.Rendering.Highlighting;

/// <summary>
/// Fence language names → TextMate scope names: every id, alias and file extension TextMateSharp.Grammars knows,
/// the embedded grammars, and the names articles use that neither spells (<c>console</c>, <c>golang</c>, <c>f90</c>…).
/// Unknown names resolve to null and render plain.
/// </summary>
internal static class CodeLanguages
{
    private static readonly Dictionary<string, string> Extra = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sh"] = "source.shell",
        ["shell"] = "source.shell",
        ["console"] = "text.shell-session",
        ["terminal"] = "text.shell-session",
        ["shell-session"] = "text.shell-session",
        ["shellsession"] = "text.shell-session",
        ["sh-session"] = "text.shell-session",
        ["toml"] = "source.toml",
        ["fortran"] = "source.fortran.free",
        ["f90"] = "source.fortran.free",
        ["f95"] = "source.fortran.free",
        ["f03"] = "source.fortran.free",
        ["f08"] = "source.fortran.free",
        ["f18"] = "source.fortran.free",
        ["f77"] = "source.fortran.fixed",
        ["fortran77"] = "source.fortran.fixed",
        ["golang"] = "source.go",
        ["node"] = "source.js",
        ["jl"] = "source.julia",
        ["py3"] = "source.python",
        ["python3"] = "source.python",
        ["c++"] = "source.cpp",
        ["h"] = "source.cpp",
        ["cs"] = "source.cs",
        ["c#"] = "source.cs",
        ["yml"] = "source.yaml",
        ["rb"] = "source.ruby",
        ["rs"] = "source.rust",
        ["make"] = "source.makefile",
        ["mk"] = "source.makefile",
        ["docker"] = "source.dockerfile",
        ["patch"] = "source.diff",
        ["pwsh"] = "source.powershell",
        ["svg"] = "text.xml",
        ["vue"] = "text.html.derivative",
    };

    private static readonly Lazy<Dictionary<string, string>> Known = new(Build);

    public static string? ScopeFor(string? language) =>
        language is not null && Known.Value.TryGetValue(language, out var scope) ? scope : null;

    public static IReadOnlyCollection<string> Names => Known.Value.Keys;

    private static Dictionary<string, string> Build()
    {
        var options = new RegistryOptions(ThemeName.Light);
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in options.GetAvailableLanguages())
        {
            var scope = options.GetScopeByLanguageId(language.Id);
            if (string.IsNullOrEmpty(scope))
            {
                continue;
            }

            map.TryAdd(language.Id, scope);
            foreach (var name in (language.Aliases ?? []).Concat((language.Extensions ?? []).Select(extension => extension.TrimStart('.'))))
            {
                if (name.Length > 0 && !name.Contains(' ', StringComparison.Ordinal) && !name.Contains('*', StringComparison.Ordinal))
                {
                    map.TryAdd(name, scope);
                }
            }
        }

        foreach (var (name, scope) in Extra)
        {
            map[name] = scope;
        }

        return map;
    }
}
