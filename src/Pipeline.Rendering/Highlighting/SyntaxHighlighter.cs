using System.Collections.Concurrent;
using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace Pipeline.Rendering.Highlighting;

/// <summary>
/// Lines of code → HTML with token classes (<see cref="TokenClasses"/>), using TextMate grammars through
/// TextMateSharp. A grammar costs ~80 ms to load, so each is loaded on first use and kept for the process.
/// TextMateSharp's grammars are not documented as thread-safe (they compile rules lazily), so one block at a
/// time tokenizes with a given grammar; blocks of different languages run in parallel.
/// </summary>
public sealed class SyntaxHighlighter
{
    private static readonly Lazy<SyntaxHighlighter> LazyShared = new(() => new SyntaxHighlighter());

    private readonly Registry _registry = new(new EmbeddedGrammarOptions(new RegistryOptions(ThemeName.Light)));
    private readonly Lock _registryLock = new();
    private readonly ConcurrentDictionary<string, Lazy<IGrammar?>> _grammars = new(StringComparer.Ordinal);

    public static SyntaxHighlighter Shared => LazyShared.Value;

    /// <summary>Whether a fence language has a grammar (without loading it).</summary>
    public static bool Knows(string? language) => CodeLanguages.ScopeFor(language) is not null;

    /// <summary>
    /// The HTML of each line (escaped; no trailing newline), or null when the language is unknown or the block is
    /// past <see cref="HighlightLimits.MaxBlockLength"/>: the caller then writes the text plain.
    /// </summary>
    public string[]? Highlight(string? language, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var scope = CodeLanguages.ScopeFor(language);
        if (scope is null || lines.Sum(line => line.Length) > HighlightLimits.MaxBlockLength || Grammar(scope) is not { } grammar)
        {
            return null;
        }

        var html = new string[lines.Count];
        lock (grammar)
        {
            IStateStack? state = null;
            var builder = new StringBuilder();
            for (var i = 0; i < lines.Count; i++)
            {
                builder.Clear();
                state = HighlightLine(grammar, lines[i], state, builder);
                html[i] = builder.ToString();
            }
        }

        return html;
    }

    private IGrammar? Grammar(string scope) => _grammars.GetOrAdd(scope, key => new Lazy<IGrammar?>(() =>
    {
        lock (_registryLock)
        {
            return _registry.LoadGrammar(key);
        }
    })).Value;

    private static IStateStack? HighlightLine(IGrammar grammar, string line, IStateStack? state, StringBuilder output)
    {
        if (line.Length > HighlightLimits.MaxLineLength)
        {
            AppendEscaped(output, line);
            return state;
        }

        var result = grammar.TokenizeLine(line, state, HighlightLimits.LineTimeLimit);
        var position = 0;
        string? openClass = null;
        foreach (var token in result.Tokens)
        {
            var start = Math.Clamp(token.StartIndex, position, line.Length);
            var end = Math.Clamp(token.EndIndex, start, line.Length);
            if (end == start)
            {
                continue;
            }

            var cssClass = string.IsNullOrWhiteSpace(line[start..end]) ? openClass : TokenClasses.For(token.Scopes);
            if (cssClass != openClass)
            {
                if (openClass is not null)
                {
                    output.Append("</span>");
                }

                if (cssClass is not null)
                {
                    output.Append("<span class=\"").Append(cssClass).Append("\">");
                }

                openClass = cssClass;
            }

            AppendEscaped(output, line.AsSpan(start, end - start));
            position = end;
        }

        if (openClass is not null)
        {
            output.Append("</span>");
        }

        // A line the tokenizer gave up on (time limit) ends plain.
        AppendEscaped(output, line.AsSpan(position));
        return result.RuleStack;
    }

    internal static void AppendEscaped(StringBuilder output, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                '"' => output.Append("&quot;"),
                _ => output.Append(c),
            };
        }
    }
}
