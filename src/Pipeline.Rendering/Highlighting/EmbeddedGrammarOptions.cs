using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace Pipeline.Rendering.Highlighting;

/// <summary>
/// TextMateSharp.Grammars' 64 languages plus the grammars it lacks, vendored under <c>third_party/textmate-grammars</c>
/// and embedded in this assembly (TOML, Fortran, shell sessions): looked up by scope name when a grammar is loaded.
/// </summary>
internal sealed class EmbeddedGrammarOptions(IRegistryOptions inner) : IRegistryOptions
{
    private const string ResourcePrefix = "Pipeline.Rendering.Grammars.";

    /// <summary>Scope name → embedded file name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Embedded = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["source.toml"] = "toml",
        ["source.fortran.free"] = "fortran-free-form",
        ["source.fortran.fixed"] = "fortran-fixed-form",
        ["text.shell-session"] = "shellsession",
    };

    public IRawGrammar GetGrammar(string scopeName)
    {
        if (!Embedded.TryGetValue(scopeName, out var file))
        {
            return inner.GetGrammar(scopeName);
        }

        using var stream = typeof(EmbeddedGrammarOptions).Assembly.GetManifestResourceStream(ResourcePrefix + file + ".json")
            ?? throw new InvalidOperationException($"embedded grammar {file}.json is missing");
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    public ICollection<string> GetInjections(string scopeName) => inner.GetInjections(scopeName);

    public IRawTheme GetTheme(string scopeName) => inner.GetTheme(scopeName);

    public IRawTheme GetDefaultTheme() => inner.GetDefaultTheme();
}
