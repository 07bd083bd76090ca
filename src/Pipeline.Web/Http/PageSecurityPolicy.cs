using System.Buffers;
using Pipeline.Rendering.Diagrams;

namespace Pipeline.Web.Http;

/// <summary>
/// The Content-Security-Policy of an HTML page: the site's base policy plus a <c>frame-src</c> that allows exactly the
/// origins the page's embedded players load from (its metadata's <c>FrameSources</c>), or <c>'none'</c>.
/// Only plain https origins are taken, so a stored value can never widen the policy with a keyword, a path or
/// another directive. A page with a diagram gets one more source in <c>script-src</c>: the hash of the vendored
/// mermaid script (<see cref="MermaidScript.Integrity"/>), which replaces <c>'none'</c>; nothing else may run.
/// </summary>
public static class PageSecurityPolicy
{
    private const string Https = "https://";

    private static readonly SearchValues<char> HostCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789.-");

    private const string ScriptSrc = "script-src";

    public static string With(string basePolicy, IReadOnlyList<string>? frameSources, bool diagrams = false)
    {
        ArgumentNullException.ThrowIfNull(basePolicy);
        var allowed = frameSources?.Where(IsHttpsOrigin).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var policy = diagrams ? AllowDiagramScript(basePolicy) : basePolicy;
        return policy + "; frame-src " + (allowed.Count == 0 ? "'none'" : string.Join(' ', allowed));
    }

    /// <summary>The policy with the diagram script's hash in its <c>script-src</c> (which is added when missing).</summary>
    private static string AllowDiagramScript(string policy)
    {
        var hash = "'" + MermaidScript.Integrity + "'";
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var index = directives.FindIndex(d => d.Equals(ScriptSrc, StringComparison.OrdinalIgnoreCase) || d.StartsWith(ScriptSrc + " ", StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            directives.Add(ScriptSrc + " " + hash);
        }
        else
        {
            var sources = directives[index][ScriptSrc.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(source => !source.Equals("'none'", StringComparison.OrdinalIgnoreCase));
            directives[index] = string.Join(' ', [ScriptSrc, .. sources, hash]);
        }

        return string.Join("; ", directives);
    }

    private static bool IsHttpsOrigin(string source) =>
        source.StartsWith(Https, StringComparison.Ordinal) && source.Length > Https.Length
        && !source.AsSpan(Https.Length).ContainsAnyExcept(HostCharacters);
}
