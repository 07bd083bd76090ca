using System.Text.RegularExpressions;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Templates;

namespace Pipeline.Benchmarks;

/// <summary>
/// Stand-in article layouts for <c>--one … --layout NAME</c>, to measure what the page around the body costs: the
/// built-in layout with a link to a stylesheet in place of its inline one (<c>no-stylesheet</c>), or a layout that prints the body alone
/// (<c>body-only</c>; the page model, JSON-LD included, is still built, as every layout gets it). Any other name is
/// a layout file. The variants are written to <c>bench/.work/layouts/</c> from the built-in layout the renderer embeds,
/// so they follow it.
/// </summary>
public static partial class BenchLayouts
{
    public const string BodyOnly = "body-only";
    public const string NoStylesheet = "no-stylesheet";

    /// <summary>The renderer's options with <paramref name="layout"/> as the article layout (none: the built-in one).</summary>
    public static RenderingOptions Options(string? layout)
    {
        var options = new RenderingOptions();
        if (layout is not null)
        {
            options.Site.ArticleTemplatePath = PathOf(layout);
        }

        return options;
    }

    private static string PathOf(string layout)
    {
        if (layout is not (BodyOnly or NoStylesheet))
        {
            return Path.GetFullPath(layout);
        }

        var builtIn = BuiltInArticleLayout();
        if (layout == NoStylesheet && !Stylesheet().IsMatch(builtIn))
        {
            throw new InvalidOperationException("the built-in layout has no <style> element to take out");
        }

        var text = layout == BodyOnly ? "{{ body }}\n" : Stylesheet().Replace(builtIn, "<link rel=\"stylesheet\" href=\"/static/site.css\">\n");
        var folder = Path.Combine(BenchInputs.RepositoryRoot(), "bench/.work/layouts");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, layout + TemplateSet.FileExtension);
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>The built-in article layout as the renderer loads it: the resource embedded in Pipeline.Rendering.</summary>
    private static string BuiltInArticleLayout()
    {
        var resource = typeof(TemplateSet).Namespace + "." + TemplateSet.Article + TemplateSet.FileExtension;
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the built-in layout {resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("<style>.*?</style>\n", RegexOptions.Singleline)]
    private static partial Regex Stylesheet();
}
