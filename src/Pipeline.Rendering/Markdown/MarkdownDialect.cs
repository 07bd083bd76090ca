namespace Pipeline.Rendering.Markdown;

/// <summary>
/// How a Markdown draft is read. <see cref="CommonMark"/>: CommonMark plus the extensions Hugo and GitHub
/// writers expect. <see cref="Zenn"/>: Zenn's Markdown on top of that (a single newline is a line break,
/// <c>@[youtube](id)</c>-style embeds, a URL alone on a line as a link card, <c>^[…]</c> inline footnotes).
/// The rule that picks one is <see cref="FrontMatter.MarkdownDialectRule"/>.
/// </summary>
public enum MarkdownDialect
{
    CommonMark,
    Zenn,
}
