using System.Text;
using Pipeline.Rendering;
using Pipeline.Rendering.Assets;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Cli.Tests;

/// <summary>
/// A renderer whose behaviour each draft spells out, so the batch mechanics (parallel run, failures,
/// skips, slug collisions, output paths) are tested apart from what the real renderer decides:
/// first line <c>slug: X</c> sets the slug, <c>fail: reason</c> throws a front-matter error,
/// <c>crash: message</c> throws what a renderer bug would, <c>unsupported</c> throws an unsupported-type error; the page is the draft text wrapped in a tag.
/// </summary>
internal sealed class ScriptedRenderer : IArticleRenderer
{
    public string Version => "scripted";

    public Article Render(DraftSource source, IAssetResolver assets)
    {
        var text = Encoding.UTF8.GetString(source.Content.Span);
        var firstLine = text.Split('\n')[0];
        if (firstLine.StartsWith("fail: ", StringComparison.Ordinal))
        {
            throw new DraftException(DraftErrorKind.FrontMatter, firstLine["fail: ".Length..]);
        }

        if (firstLine.StartsWith("crash: ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(firstLine["crash: ".Length..] + "\n   at Somewhere.Deep()");
        }

        if (firstLine == "unsupported")
        {
            throw new DraftException(DraftErrorKind.UnsupportedType, "not a draft");
        }

        var slug = firstLine.StartsWith("slug: ", StringComparison.Ordinal) ? firstLine["slug: ".Length..] : Path.GetFileNameWithoutExtension(source.Path);
        var metadata = new ArticleMetadata { SourcePath = source.Path, Title = slug, Slug = slug, Lang = "ja", ContentHash = "", RendererVersion = Version };
        return new Article(metadata, text, "<page>" + text + "</page>");
    }
}
