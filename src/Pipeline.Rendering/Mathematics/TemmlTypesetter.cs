using System.Collections.Concurrent;
using Microsoft.ClearScript;
using Microsoft.ClearScript.V8;

namespace Pipeline.Rendering.Mathematics;

/// <summary>
/// TeX → MathML with Temml and its mhchem extension (vendored, <c>third_party/temml</c>, embedded in this assembly) running in V8 through
/// ClearScript. Temml writes MathML Core, which Chromium, Firefox and Safari render natively, so pages need no
/// script and no math fonts. A V8 engine is not safe for concurrent use and costs ~0.2 s to load, so engines are
/// pooled: created lazily, at most one per core, each used by one thread at a time. Every formula runs under
/// <see cref="MathLimits.FormulaTimeout"/>; an engine that was interrupted or failed internally is discarded.
/// Output passes <see cref="MathMlFilter"/> before it reaches a page.
/// </summary>
public sealed class TemmlTypesetter : ITexTypesetter, IDisposable
{
    /// <summary>Temml, then its mhchem extension (<c>\ce</c>, <c>\pu</c>), which registers itself on the global <c>temml</c>.</summary>
    private static readonly string[] ScriptResources = ["Pipeline.Rendering.Temml.temml.min.js", "Pipeline.Rendering.Temml.mhchem.min.js"];

    /// <summary>
    /// Called per formula. A fresh macro table each time, so a <c>\def</c> never leaks into the next formula (or
    /// article). <c>\symbf…</c> are unicode-math names Temml lacks; <c>\RR</c> is Zenn's built-in macro.
    /// "K"/"E" prefix the result: MathML, or the parse error's message.
    /// </summary>
    private const string Bootstrap = """
        function __typeset(tex, display) {
          try {
            return "K" + temml.renderToString(tex, {
              displayMode: display,
              throwOnError: true,
              trust: false,
              annotate: false,
              xml: false,
              wrap: display ? "none" : "tex",
              maxExpand: __maxExpand,
              macros: {
                "\\symbf": "\\mathbf{#1}", "\\symbfit": "\\boldsymbol{#1}", "\\symit": "\\mathit{#1}",
                "\\symup": "\\mathrm{#1}", "\\symrm": "\\mathrm{#1}", "\\symsf": "\\mathsf{#1}",
                "\\symtt": "\\mathtt{#1}", "\\symbb": "\\mathbb{#1}", "\\symcal": "\\mathcal{#1}",
                "\\RR": "\\mathbb{R}"
              }
            });
          } catch (e) {
            return "E" + (e && e.message ? e.message : String(e));
          }
        }
        """;

    private static readonly Lazy<TemmlTypesetter> LazyShared = new(() => new TemmlTypesetter());
    private static readonly Lazy<string[]> Scripts = new(() => ScriptResources.Select(LoadScript).ToArray());

    private readonly ConcurrentBag<V8ScriptEngine> _idle = [];
    private readonly SemaphoreSlim _slots;
    private bool _disposed;

    public TemmlTypesetter(int maxEngines = 0)
    {
        _slots = new SemaphoreSlim(maxEngines > 0 ? maxEngines : Environment.ProcessorCount);
    }

    /// <summary>The process-wide instance (engines are expensive; one pool serves every renderer).</summary>
    public static TemmlTypesetter Shared => LazyShared.Value;

    public TexResult Typeset(string tex, bool display)
    {
        ArgumentNullException.ThrowIfNull(tex);
        if (tex.Length > MathLimits.MaxFormulaLength)
        {
            return TexResult.Failed($"formula longer than {MathLimits.MaxFormulaLength} characters");
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        _slots.Wait();
        V8ScriptEngine? engine = null;
        try
        {
            engine = _idle.TryTake(out var pooled) ? pooled : CreateEngine();
            var (result, keep) = Run(engine, tex, display);
            if (keep)
            {
                _idle.Add(engine);
                engine = null;
            }

            return result;
        }
        finally
        {
            engine?.Dispose();
            _slots.Release();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }

    private static (TexResult Result, bool KeepEngine) Run(V8ScriptEngine engine, string tex, bool display)
    {
        using var watchdog = new Timer(static state => ((V8ScriptEngine)state!).Interrupt(), engine, MathLimits.FormulaTimeout, Timeout.InfiniteTimeSpan);
        try
        {
            var output = engine.Invoke("__typeset", tex, display) as string ?? "E(no result)";
            if (output.StartsWith('E'))
            {
                return (TexResult.Failed(ReadableError(output[1..])), true);
            }

            var filtered = MathMlFilter.Filter(output.AsSpan(1));
            return (filtered is null ? TexResult.Failed("the formula produced markup that is not allowed") : TexResult.Ok(filtered), true);
        }
        catch (ScriptInterruptedException)
        {
            return (TexResult.Failed($"formula took longer than {MathLimits.FormulaTimeout.TotalSeconds:0.#} s"), false);
        }
        catch (ScriptEngineException exception)
        {
            // Out of heap or an engine fault: this formula fails, and the engine is not trusted again.
            return (TexResult.Failed("formula could not be typeset: " + exception.Message), false);
        }
    }

    /// <summary>
    /// Temml's message without the excerpt it appends after the position (which marks the spot with combining
    /// underlines): "Unsupported function name: \foo at position 1".
    /// </summary>
    private static string ReadableError(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        var head = (newline >= 0 ? message[..newline] : message).Replace("\u0332", "", StringComparison.Ordinal);
        return head.Trim().TrimEnd(':').Trim();
    }

    private static V8ScriptEngine CreateEngine()
    {
        var engine = new V8ScriptEngine(V8ScriptEngineFlags.DisableGlobalMembers)
        {
            MaxRuntimeHeapSize = (UIntPtr)MathLimits.MaxEngineHeapBytes,
        };
        try
        {
            for (var i = 0; i < ScriptResources.Length; i++)
            {
                engine.Execute(ScriptResources[i], Scripts.Value[i]);
            }

            engine.Execute("var __maxExpand = " + MathLimits.MaxMacroExpansions + ";");
            engine.Execute("bootstrap.js", Bootstrap);
            return engine;
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    private static string LoadScript(string resource)
    {
        using var stream = typeof(TemmlTypesetter).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
