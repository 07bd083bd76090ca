using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Configuration;
using Scriban;
using Scriban.Runtime;

namespace Pipeline.Core.Templates;

/// <summary>
/// Named page layouts (Scriban), each compiled once and reused by every render. Built-in defaults are
/// embedded resources (<c>Templates/{name}.scriban-html</c>); a site replaces one by putting
/// <c>{name}.scriban-html</c> in <see cref="SiteOptions.TemplatesDirectory"/> (or, for the article layout,
/// by <see cref="SiteOptions.ArticleTemplatePath"/>). Models are <see cref="ScriptObject"/>s with
/// snake_case keys; templates must escape text with <c>html.escape</c>. Templates may include one another by name.
/// </summary>
public sealed class TemplateSet
{
    public const string Article = "article";
    public const string Index = "index";
    public const string Tag = "tag";
    public const string FileExtension = ".scriban-html";

    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    private readonly SiteOptions _site;
    private readonly ConcurrentDictionary<string, Lazy<CompiledTemplate>> _templates = new(StringComparer.Ordinal);

    public TemplateSet(SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(site);
        _site = site;
    }

    /// <summary>Short hash of the template's source: part of the renderer version, so a layout change re-renders.</summary>
    public string Fingerprint(string name) => Get(name).Fingerprint;

    public string Render(string name, ScriptObject model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = new TemplateContext(Builtins)
        {
            StrictVariables = false,
            LoopLimit = 100_000,
            EnableRelaxedMemberAccess = true,
            TemplateLoader = new IncludeLoader(this),
        };
        context.PushGlobal(model);
        return Get(name).Template.Render(context);
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

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..12];
        return new CompiledTemplate(template, fingerprint);
    }

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

    private sealed record CompiledTemplate(Template Template, string Fingerprint);

    /// <summary>
    /// Resolves <c>{{ include 'name' }}</c> to another template of this set, so layouts can share partials
    /// (the listing pages do) and a site can replace a partial like any other template.
    /// </summary>
    private sealed class IncludeLoader(TemplateSet set) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) =>
            templateName.Length > 0 && templateName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
                ? templateName
                : throw new InvalidOperationException($"'{templateName}' is not a template name");

        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            set.Load(templatePath).Source;

        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(set.Load(templatePath).Source);
    }
}
