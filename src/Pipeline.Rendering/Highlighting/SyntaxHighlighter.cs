using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace Pipeline.Rendering.Highlighting;

/// <summary>
/// Lines of code → HTML with token classes (<see cref="TokenClasses"/>), using TextMate grammars through
/// TextMateSharp. A grammar costs ~80 ms to load, so each is loaded on first use and kept for the process.
/// TextMateSharp's grammars are not documented as thread-safe (they compile rules lazily, and each Oniguruma
/// regex locks itself), so a block tokenizes on a <see cref="Lane"/> it has to itself: a registry with its own
/// grammars, rented for the block and returned after. Concurrent renders get a lane each (one per thread at most),
/// instead of queueing on one grammar — a batch whose every post has a C# block used to run its highlighting
/// on one core.
/// </summary>
public sealed class SyntaxHighlighter
{
    private static readonly Lazy<SyntaxHighlighter> LazyShared = new(() => new SyntaxHighlighter());

    private readonly ConcurrentBag<Lane> _idleLanes = [];

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
        if (scope is null || lines.Sum(line => line.Length) > HighlightLimits.MaxBlockLength)
        {
            return null;
        }

        var lane = _idleLanes.TryTake(out var idle) ? idle : new Lane();
        try
        {
            if (lane.Grammar(scope) is not { } grammar)
            {
                return null;
            }

            var html = new string[lines.Count];
            IStateStack? state = null;
            for (var i = 0; i < lines.Count; i++)
            {
                var (lineHtml, next) = lane.Line(scope, grammar, lines[i], state);
                if (lineHtml is null)
                {
                    return null; // the tokenizer ran out of time on this line: the block goes plain, whole
                }

                (html[i], state) = (lineHtml, next);
            }

            return html;
        }
        finally
        {
            _idleLanes.Add(lane);
        }
    }

    /// <summary>Appends the line's HTML and moves <paramref name="state"/> past it; false when the tokenizer stopped early.</summary>
    private static bool HighlightLine(IGrammar grammar, string line, ref IStateStack? state, StringBuilder output)
    {
        if (line.Length > HighlightLimits.MaxLineLength)
        {
            AppendEscaped(output, line);
            return true;
        }

        // TextMateSharp keeps its StoppedEarly flag internal; it stops only once its own clock passed the limit, and
        // ours started first, so ours passing the limit covers every line it stopped (and at worst a line that
        // finished in the same instant).
        var started = Stopwatch.GetTimestamp();
        var result = grammar.TokenizeLine(line, state, HighlightLimits.LineTimeLimit);
        if (Stopwatch.GetElapsedTime(started) >= HighlightLimits.LineTimeLimit)
        {
            return false;
        }

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

        AppendEscaped(output, line.AsSpan(position));
        state = result.RuleStack;
        return true;
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

    /// <summary>
    /// One registry, the grammars it loaded and the lines they tokenized; used by one block at a time. A line's
    /// HTML depends only on the grammar, the tokenizer state it starts in and its text, so it is kept under that key
    /// (the state compares by value): a line seen before in the same state — <c>{</c>, <c>}</c>, an import, a
    /// signature repeated across articles — is not tokenized again. TextMateSharp costs ~1–2 ms a line for C#
    /// here, which made highlighting most of a batch render. Bounded: the cache starts over past
    /// <see cref="MaxCachedLines"/> lines per grammar.
    /// </summary>
    private sealed class Lane
    {
        private const int MaxCachedLines = 50_000;

        private readonly Registry _registry = new(new EmbeddedGrammarOptions(new RegistryOptions(ThemeName.Light)));
        private readonly Dictionary<string, IGrammar?> _grammars = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<(string Line, IStateStack? State), (string Html, IStateStack? Next)>> _lines = new(StringComparer.Ordinal);
        private readonly StringBuilder _builder = new();

        public IGrammar? Grammar(string scope)
        {
            if (!_grammars.TryGetValue(scope, out var grammar))
            {
                grammar = _registry.LoadGrammar(scope);
                _grammars[scope] = grammar;
            }

            return grammar;
        }

        /// <summary>The line's HTML (null when the tokenizer ran out of time: never cached) and the state after it.</summary>
        public (string? Html, IStateStack? Next) Line(string scope, IGrammar grammar, string line, IStateStack? state)
        {
            if (!_lines.TryGetValue(scope, out var seen))
            {
                seen = [];
                _lines[scope] = seen;
            }

            if (seen.TryGetValue((line, state), out var known))
            {
                return known;
            }

            _builder.Clear();
            var next = state;
            if (!HighlightLine(grammar, line, ref next, _builder))
            {
                return (null, state);
            }

            var result = (_builder.ToString(), next);
            if (seen.Count >= MaxCachedLines)
            {
                seen.Clear();
            }

            seen[(line, state)] = result;
            return result;
        }
    }
}
