using System.Text;
using Pipeline.Rendering;
using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;
using Pipeline.Rendering.Markdown;

namespace Pipeline.Benchmarks;

/// <summary>
/// The two sides every one-article comparison measures, for one benchmark input: the full render from the draft's
/// bytes, and the floor, Markdig's <c>Markdown.ToHtml</c> with the renderer's own pipeline on the already decoded body
/// (front matter cut off).
/// </summary>
public sealed class ArticleSides
{
    private readonly ArticleRenderer _renderer;

    private ArticleSides(DraftSource source, string body, RenderingOptions options)
    {
        Source = source;
        Body = body;
        Options = options;
        _renderer = new ArticleRenderer(options);
    }

    /// <summary>The draft as uploaded: what the full render starts from.</summary>
    public DraftSource Source { get; }

    /// <summary>The draft's text without its front matter: what the baseline renders.</summary>
    public string Body { get; }

    /// <summary>The full render's options: the defaults, or another article layout (<see cref="BenchLayouts"/>).</summary>
    public RenderingOptions Options { get; }

    /// <summary>
    /// The sides for <paramref name="input"/>; with <paramref name="baselineInput"/>, the baseline renders that input's
    /// body instead (the Japanese sample against Markdig on the same structure written as Markdown); with
    /// <paramref name="options"/>, the full render uses them (another layout) instead of the defaults.
    /// </summary>
    public static ArticleSides Load(string input, string? baselineInput = null, RenderingOptions? options = null)
    {
        var (path, content) = BenchInputs.Load(input);
        var baseline = baselineInput is null ? content : BenchInputs.Load(baselineInput).Content;
        return new ArticleSides(new DraftSource(path, content), WithoutFrontMatter(Encoding.UTF8.GetString(baseline)), options ?? new RenderingOptions());
    }

    public Article FullRender() => _renderer.Render(Source);

    public string RawMarkdig() => Markdig.Markdown.ToHtml(Body, ArticleMarkdown.Pipeline);

    private static string WithoutFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 5)..];
    }
}
