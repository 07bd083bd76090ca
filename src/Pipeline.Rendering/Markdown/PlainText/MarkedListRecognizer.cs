namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>Rule: consecutive marker lines (✅ 💡 ・ • - * …) form one list whose items keep their markers; a blank line ends it.</summary>
internal sealed class MarkedListRecognizer : ILineRecognizer
{
    public bool TryRead(LineCursor lines, PlainTextBuilder output)
    {
        if (!MarkerLines.Is(lines.Current))
        {
            return false;
        }

        output.AddListItem(lines.Current);
        lines.Advance();
        return true;
    }
}
