namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// One rule of plain-text structure detection: looks at the line at the cursor (and what follows) and, when the
/// rule applies, writes its blocks and moves the cursor past the lines it used. Rules are tried in order; a line
/// no rule takes becomes a paragraph.
/// </summary>
internal interface ILineRecognizer
{
    bool TryRead(LineCursor lines, PlainTextBuilder output);
}
