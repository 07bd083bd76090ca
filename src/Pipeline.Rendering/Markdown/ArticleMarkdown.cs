using Markdig;
using Pipeline.Rendering.Markdown.PlainText;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// The one Markdig pipeline every article is parsed and rendered with, built once. CommonMark plus
/// tables, footnotes, task lists, auto-links, emphasis extras, definition lists, abbreviations,
/// figures and <c>:::</c> containers (Zenn's <c>:::message</c>); CJK-friendly emphasis; our Unicode heading ids, CJK line breaks, URL filter and raw-HTML
/// sanitiser; renderers for the few elements plain-text structure detection adds (<see cref="PlainTextHtmlExtension"/>). Deliberately not enabled: generic attributes (<c>{onclick=…}</c> would bypass the
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
        .UseEmphasisExtras()
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
        .Use<PlainTextHtmlExtension>()
        .Build();
}
