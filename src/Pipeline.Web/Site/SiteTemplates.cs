using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Pipeline.Web.Site;

/// <summary>
/// Named Scriban templates for the reader's pages (<c>index</c>, <c>tag</c> and the partials they include).
/// A site replaces any of them by putting <c>NAME.scriban</c> in its templates directory; the rest stay built in.
/// Each template is parsed once.
/// </summary>
public sealed class SiteTemplates : ITemplateLoader
{
    public const string Index = "index";
    public const string Tag = "tag";

    private const string ResourcePrefix = "Pipeline.Web.Site.Templates.";
    private const string Extension = ".scriban";

    private readonly string? _overrideDirectory;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public SiteTemplates(string? overrideDirectory = null)
    {
        _overrideDirectory = string.IsNullOrWhiteSpace(overrideDirectory) ? null : overrideDirectory;
    }

    /// <summary>Renders the named template over <paramref name="model"/> (members seen in snake_case).</summary>
    public string Render(string name, object model)
    {
        var template = _parsed.GetOrAdd(name, n => Parse(n, Source(n)));
        var globals = new ScriptObject();
        globals.Import(model);
        var context = new TemplateContext
        {
            TemplateLoader = this,
            StrictVariables = false,
            LoopLimit = 10_000,
        };
        context.PushGlobal(globals);
        return template.Render(context);
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Source(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Source(templatePath));

    private static Template Parse(string name, string text)
    {
        var template = Template.Parse(text, name + Extension);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"Template '{name}' does not parse: {string.Join("; ", template.Messages)}");
        }

        return template;
    }

    private string Source(string name)
    {
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            throw new InvalidOperationException($"'{name}' is not a template name.");
        }

        if (_overrideDirectory is not null)
        {
            var path = Path.Combine(_overrideDirectory, name + Extension);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name + Extension)
            ?? throw new InvalidOperationException($"There is no template named '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
