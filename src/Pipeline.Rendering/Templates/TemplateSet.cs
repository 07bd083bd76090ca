using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Rendering.Configuration;
using Scriban;
using Scriban.Runtime;

namespace Pipeline.Rendering.Templates;

/// <summary>
/// Named page layouts (Scriban), each parsed once and compiled once to delegates (<see cref="LayoutCompiler"/>) that
/// every render reuses; a template using more of Scriban than the compiler knows is interpreted instead, with the
/// same output (<see cref="IsCompiled"/> tells which). Built-in defaults are
/// embedded resources (<c>Templates/{name}.scriban-html</c>); a site replaces one by putting
/// <c>{name}.scriban-html</c> in <see cref="SiteOptions.TemplatesDirectory"/> (or, for the article layout,
/// by <see cref="SiteOptions.ArticleTemplatePath"/>). Models are <see cref="ScriptObject"/>s with
/// snake_case keys whose strings are already HTML-escaped (see <see cref="HtmlText"/>), so templates
/// print values as they are and never need <c>html.escape</c>. Templates may include one another by name
/// (<c>{{ include 'listing-head' }}</c>), so layouts share partials and a site can replace a partial too.
/// </summary>
public sealed class TemplateSet
{
    public const string Article = "article";
    public const string Index = "index";
    public const string Tag = "tag";
    public const string FileExtension = ".scriban-html";

    /// <summary>Stands in for the body while the template runs; escaped model strings can never contain it.</summary>
    internal const string BodyMarker = "<!--pipeline:body-->";

    private const int LoopLimit = 100_000;

    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    /// <summary>Scriban's conversions for compiled layouts (truth, printing, comparison): no state a page leaves behind.</summary>
    [ThreadStatic]
    private static TemplateContext? Conversions;

    [ThreadStatic]
    private static System.Text.StringBuilder? Output;

    [ThreadStatic]
    private static TemplateContext? Context;

    /// <summary>The set <see cref="Context"/> was made for: its loader and cached includes belong to that set only.</summary>
    [ThreadStatic]
    private static TemplateSet? ContextOwner;

    private readonly SiteOptions _site;
    private readonly bool _compile;
    private readonly ConcurrentDictionary<string, Lazy<CompiledTemplate>> _templates = new(StringComparer.Ordinal);

    public TemplateSet(SiteOptions site)
        : this(site, compile: true)
    {
    }

    /// <param name="compile">False interprets every template (the reference the compiled layouts are tested against).</param>
    internal TemplateSet(SiteOptions site, bool compile)
    {
        ArgumentNullException.ThrowIfNull(site);
        _site = site;
        _compile = compile;
    }

    /// <summary>Whether the named template runs compiled (true for the built-in ones) or through the interpreter.</summary>
    public bool IsCompiled(string name) => Get(name).Compiled is not null;

    /// <summary>Short hash of the template's source: part of the renderer version, so a layout change re-renders.</summary>
    public string Fingerprint(string name) => Get(name).Fingerprint;

    /// <summary>
    /// Short hash over the source of every template this set can load — the built-in ones and the site's
    /// replacements — so a change to any layout or partial, included ones too, changes it.
    /// </summary>
    public string SourcesFingerprint()
    {
        var builtIn = typeof(TemplateSet).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(typeof(TemplateSet).Namespace + ".", StringComparison.Ordinal) && r.EndsWith(FileExtension, StringComparison.Ordinal))
            .Select(r => r[(typeof(TemplateSet).Namespace!.Length + 1)..^FileExtension.Length]);
        var site = !string.IsNullOrWhiteSpace(_site.TemplatesDirectory) && Directory.Exists(_site.TemplatesDirectory)
            ? Directory.EnumerateFiles(_site.TemplatesDirectory, "*" + FileExtension).Select(f => Path.GetFileName(f)[..^FileExtension.Length])
            : [];
        var all = new StringBuilder();
        foreach (var name in builtIn.Concat(site).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            all.Append(name).Append('\0').Append(Load(name).Source).Append('\0');
        }

        return Hash(all.ToString());
    }

    /// <summary>
    /// Renders with a large raw HTML <paramref name="body"/>: the template sees a short marker as <c>body</c>
    /// and the article is spliced in afterwards, because Scriban's output pipeline is slow for large strings.
    /// </summary>
    public string Render(string name, ScriptObject model, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Render(name, model, new StringBuilder(body)).Html;
    }

    /// <summary>
    /// The same with the body in a builder (the renderer's <see cref="BodyHtmlBuffer"/>), copied into the page without
    /// becoming a string, and where in the page it starts when the layout printed it exactly once.
    /// </summary>
    internal RenderedPage Render(string name, ScriptObject model, StringBuilder body)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(body);
        model["body"] = BodyMarker;
        var compiled = Get(name);
        return TryRenderCompiled(compiled, model, body, out var bodyStart) is { } page
            ? new RenderedPage(page, bodyStart)
            : new RenderedPage(Interpret(compiled.Template, model).Replace(BodyMarker, body.ToString(), StringComparison.Ordinal), -1);
    }

    public string Render(string name, ScriptObject model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var compiled = Get(name);
        return TryRenderCompiled(compiled, model, body: null, out _) ?? Interpret(compiled.Template, model);
    }

    /// <summary>The compiled layout's page, or null when there is none or it met a value only the interpreter handles.</summary>
    private static string? TryRenderCompiled(CompiledTemplate template, ScriptObject model, StringBuilder? body, out int bodyStart)
    {
        bodyStart = -1;
        if (template.Compiled is not { } layout)
        {
            return null;
        }

        // One builder per thread, kept between pages (a layout is ~20 KB before the body); a render that throws drops it.
        var output = Output ?? new System.Text.StringBuilder(64 * 1024);
        Output = null;
        output.Clear();
        var scope = new LayoutScope(output, model, body, Conversions ??= new TemplateContext(Builtins), LoopLimit);
        try
        {
            layout(scope);
        }
        catch (LayoutFallbackException)
        {
            return null;
        }

        var page = output.ToString();
        Output = output;
        bodyStart = scope.BodyPrints == 1 ? scope.BodyStart : -1;
        return page;
    }

    private string Interpret(Template template, ScriptObject model)
    {

        // A context costs several times the render of a small layout; each thread keeps one and lends it
        // out, and a render that throws drops it, so no state leaks into the next page.
        var context = (ReferenceEquals(ContextOwner, this) ? Context : null) ?? new TemplateContext(Builtins)
        {
            StrictVariables = false,
            LoopLimit = LoopLimit,
            EnableRelaxedMemberAccess = true,
            TemplateLoader = new IncludeLoader(this),
        };
        Context = null;
        context.PushGlobal(model);
        var page = template.Render(context);
        context.PopGlobal();
        Context = context;
        ContextOwner = this;
        return page;
    }

    private CompiledTemplate Get(string name) =>
        _templates.GetOrAdd(name, n => new Lazy<CompiledTemplate>(() => Compile(n))).Value;

    private CompiledTemplate Compile(string name)
    {
        var (source, origin) = Load(name);
        var template = Template.Parse(source, origin);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"template '{origin}' has errors: {string.Join("; ", template.Messages)}");
        }

        Compiling ??= new HashSet<string>(StringComparer.Ordinal);
        Compiling.Add(name);
        var compiled = _compile ? LayoutCompiler.TryCompile(template, CompileInclude) : null;
        Compiling.Remove(name);
        return new CompiledTemplate(template, Hash(source), compiled);
    }

    /// <summary>An included template's compiled form, by the name rule the interpreter's loader applies.</summary>
    private Action<LayoutScope>? CompileInclude(string name)
    {
        // A template that includes itself (directly or not) stays interpreted: the interpreter has its own limits.
        Compiling ??= new HashSet<string>(StringComparer.Ordinal);
        if (!IsTemplateName(name) || !Compiling.Add(name))
        {
            return null;
        }

        try
        {
            return Get(name).Compiled;
        }
        catch (InvalidOperationException)
        {
            // A broken or missing partial: the interpreter reports it when a page includes it, as it always did.
            return null;
        }
        finally
        {
            Compiling.Remove(name);
        }
    }

    private static bool IsTemplateName(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    private (string Source, string Origin) Load(string name)
    {
        if (name == Article && !string.IsNullOrWhiteSpace(_site.ArticleTemplatePath))
        {
            return (File.ReadAllText(_site.ArticleTemplatePath), _site.ArticleTemplatePath);
        }

        if (!string.IsNullOrWhiteSpace(_site.TemplatesDirectory))
        {
            var path = Path.Combine(_site.TemplatesDirectory, name + FileExtension);
            if (File.Exists(path))
            {
                return (File.ReadAllText(path), path);
            }
        }

        var resource = typeof(TemplateSet).Namespace + "." + name + FileExtension;
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"no template named '{name}' (built-in resource {resource} is missing)");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return (reader.ReadToEnd(), "built-in:" + name);
    }

    /// <summary>The names this thread is compiling, innermost included last.</summary>
    [ThreadStatic]
    private static HashSet<string>? Compiling;

    private sealed record CompiledTemplate(Template Template, string Fingerprint, Action<LayoutScope>? Compiled);

    /// <summary>Resolves <c>{{ include 'name' }}</c> to another template of this set (built in or the site's).</summary>
    private sealed class IncludeLoader(TemplateSet set) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) =>
            IsTemplateName(templateName)
                ? templateName
                : throw new InvalidOperationException($"'{templateName}' is not a template name");

        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            set.Load(templatePath).Source;

        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(set.Load(templatePath).Source);
    }
}
