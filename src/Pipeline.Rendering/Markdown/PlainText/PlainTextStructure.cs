using Markdig.Syntax;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>What <see cref="PlainTextDocument.Build"/> found: the document, the title line, the key points and the cited sources.</summary>
public sealed record PlainTextStructure(
    MarkdownDocument Document,
    string? Title,
    IReadOnlyList<string> KeyPoints,
    IReadOnlyList<Citation> Citations);
