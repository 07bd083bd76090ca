using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Pipeline.Rendering.Markdown.Zenn;
using Pipeline.Rendering.Highlighting;
using Pipeline.Rendering.Markdown.PlainText;
using Pipeline.Rendering.Mathematics;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// The two Markdig pipelines articles are parsed and rendered with, one per <see cref="MarkdownDialect"/>, built once. CommonMark plus
/// tables, footnotes, task lists, auto-links, strikethrough (no other emphasis extras), definition lists, abbreviations,
/// figures and <c>:::</c> containers (Zenn's <c>:::message</c>, <c>:::details</c>, in both dialects); CJK-friendly emphasis; our Unicode heading ids, CJK line breaks, URL filter and raw-HTML
/// sanitiser; TeX math (<see cref="TexMathExtension"/>, typeset to MathML after parsing) and highlighted code
/// (<see cref="CodeHighlightingExtension"/>); renderers for the few elements plain-text structure detection adds
/// (<see cref="PlainTextHtmlExtension"/>). Deliberately not enabled: generic attributes (<c>{onclick=…}</c> would bypass the
/// sanitiser) and media links (they embed external players).
/// </summary>
public static class ArticleMarkdown
{
    public static RawHtmlSanitizer Sanitizer { get; } = new();

    /// <summary>CommonMark plus extensions: Hugo/GitHub-style drafts.</summary>
    public static MarkdownPipeline Pipeline { get; } = Build(MarkdownDialect.CommonMark);

    /// <summary>The same, plus Zenn's embeds, bare-URL cards and line breaks (<see cref="ZennEmbedExtension"/>) and inline footnotes (<see cref="ZennInlineFootnoteExtension"/>).</summary>
    public static MarkdownPipeline ZennPipeline { get; } = Build(MarkdownDialect.Zenn);

    public static MarkdownPipeline For(MarkdownDialect dialect) => dialect == MarkdownDialect.Zenn ? ZennPipeline : Pipeline;

    private static MarkdownPipeline Build(MarkdownDialect dialect)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoLinks()
            // Only ~~strike~~: ++insert++, ^sup^ and ~sub~ read "C++ … g++" or "x^2 … y^3" as markup and eat prose.
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseListExtras()
            .UseDefinitionLists()
            .UseAbbreviations()
            .UseFigures()
            .UseCustomContainers()
            .Use<ZennContainerExtension>()
            .UseCjkFriendlyEmphasis()
            .Use<UnicodeHeadingIdExtension>()
            .Use<CjkLineBreakExtension>()
            .Use<SafeUrlExtension>()
            .Use(new RawHtmlSanitizingExtension(Sanitizer))
            .Use<ImageSizeExtension>()
            .Use<TexMathExtension>()
            .Use<CodeHighlightingExtension>()
            .Use<PlainTextHtmlExtension>();
        if (dialect == MarkdownDialect.Zenn)
        {
            builder.Use<ZennEmbedExtension>().Use<ZennInlineFootnoteExtension>();
        }

        return builder.Build();
    }
}
