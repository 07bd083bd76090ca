using Markdig.Renderers.Html;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// Rule: in a structured draft, the first run of 💡 lines before any heading or source is the key points: a
/// labelled summary box (<c>&lt;aside class="key-points"&gt;</c>) holding them as a list that keeps its markers.
/// Their text, without the marker, is also the article's <see cref="ArticleMetadata.KeyPoints"/>.
/// </summary>
internal sealed class KeyPointsRecognizer : ILineRecognizer
{
    public const string JapaneseLabel = "この記事のポイント";
    public const string EnglishLabel = "Key points";

    public bool TryRead(LineCursor lines, PlainTextBuilder output)
    {
        if (!output.IsStructured || output.KeyPoints.Count > 0 || output.HasHeading || output.HasSource || !IsKeyPoint(lines.Current))
        {
            return false;
        }

        var list = PlainTextBuilder.MarkedList();
        var end = lines.Position;
        for (; end < lines.Count && IsKeyPoint(lines[end]); end++)
        {
            list.Add(PlainTextBuilder.ListItem(lines[end]));
            output.KeyPoints.Add(MarkerLines.TextOf(lines[end]));
        }

        var box = new ElementBlock(HtmlTag.Aside);
        box.GetAttributes().AddClass(PlainTextClasses.KeyPoints);
        var label = PlainTextInlines.Paragraph(output.KeyPoints.Exists(IsJapanese) ? JapaneseLabel : EnglishLabel);
        label.GetAttributes().AddClass(PlainTextClasses.KeyPointsLabel);
        label.GetAttributes().AddClass(PlainTextClasses.Added);
        box.Add(label);
        box.Add(list);
        output.Add(box, isStructure: true);
        lines.MoveTo(end);
        return true;
    }

    private static bool IsKeyPoint(string line) => MarkerLines.Marker(line) == MarkerLines.KeyPoint;

    private static bool IsJapanese(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (CjkText.IsKana(rune) || CjkText.IsHan(rune))
            {
                return true;
            }
        }

        return false;
    }
}
