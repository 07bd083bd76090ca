namespace Pipeline.Rendering.Highlighting;

/// <summary>
/// A fence's info string read as Zenn reads it: <c>lang:file name</c> (everything after the first colon is the
/// file name, colons included; <c>rb: check.rb</c> and <c>js diff :index.js</c> too), <c>diff</c> as a word beside
/// the language (<c>js diff</c>, <c>diff js</c>) or as a prefix (<c>diff-js</c>), and other words ignored
/// (<c>js some-info</c>). <see cref="Language"/> is null when none is named or the name is not a plain token.
/// </summary>
public sealed record CodeInfo(string? Language, string? FileName, bool IsDiff)
{
    public static CodeInfo Parse(string? info, string? arguments)
    {
        var full = string.IsNullOrWhiteSpace(arguments) ? info ?? "" : (info ?? "") + " " + arguments;
        var colon = full.IndexOf(':', StringComparison.Ordinal);
        var fileName = colon >= 0 ? full[(colon + 1)..].Trim() : "";
        var words = (colon >= 0 ? full[..colon] : full).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        string? language = null;
        var diff = false;
        foreach (var word in words)
        {
            if (string.Equals(word, "diff", StringComparison.OrdinalIgnoreCase))
            {
                diff = true;
            }
            else if (language is null)
            {
                language = word;
            }
        }

        if (language is not null && language.StartsWith("diff-", StringComparison.OrdinalIgnoreCase))
        {
            diff = true;
            language = language["diff-".Length..];
        }

        return new CodeInfo(IsToken(language) ? language!.ToLowerInvariant() : null, fileName.Length > 0 ? fileName : null, diff);
    }

    /// <summary>The class the code element carries: <c>language-js</c>, or <c>language-diff-js</c> for a diff of JS.</summary>
    public string? LanguageClass => (IsDiff, Language) switch
    {
        (true, null) => "language-diff",
        (true, _) => "language-diff-" + Language,
        (false, null) => null,
        _ => "language-" + Language,
    };

    /// <summary>Language names are short tokens (<c>c++</c>, <c>c#</c>, <c>objective-c</c>); anything else is not a language.</summary>
    private static bool IsToken(string? word) =>
        word is { Length: > 0 and <= 32 } && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '-' or '_' or '.');
}
