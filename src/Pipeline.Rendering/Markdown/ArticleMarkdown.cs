using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Pipeline.Rendering.Highlighting;
using Pipeline.Rendering.Markdown.PlainText;
using Pipeline.Rendering.Mathematics;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// The one Markdig pipeline every article is parsed and rendered with, built once. CommonMark plus
/// tables, footnotes, task lists, auto-links, strikethrough (no other emphasis extras), definition lists, abbreviations,
/// figures and <c>:::</c> containers (Zenn's <c>:::message</c>); CJK-friendly emphasis; our Unicode heading ids, CJK line breaks, URL filter and raw-HTML
/// sanitiser; TeX math (<see cref="TexMathExtension"/>, typeset to MathML after parsing) and highlighted code
/// (<see cref="CodeHighlightingExtension"/>); renderers for the few elements plain-text structure detection adds
/// (<see cref="PlainTextHtmlExtension"/>). Deliberately not enabled: generic attributes (<c>{onclick=…}</c> would bypass the
/// sanitiser) and media links (they embed external players).
/// </summary>
public static class ArticleMarkdown
{
    public static RawHtmlSanitizer Sanitizer { get; } = new();

    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
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
        .UseCjkFriendlyEmphasis()
        .Use<UnicodeHeadingIdExtension>()
        .Use<CjkLineBreakExtension>()
        .Use<SafeUrlExtension>()
        .Use(new RawHtmlSanitizingExtension(Sanitizer))
        .Use<ImageSizeExtension>()
        .Use<TexMathExtension>()
        .Use<CodeHighlightingExtension>()
        .Use<PlainTextHtmlExtension>()
        .Build();
}
