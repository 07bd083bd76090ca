using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Pipeline.Rendering.Markdown.PlainText;

/// <summary>
/// What the recognisers write into: the Markdig document, what they found (key points, citations) and the
/// facts later rules depend on (a heading or source seen yet, whether the draft is structured at all).
/// </summary>
internal sealed class PlainTextBuilder(bool isStructured)
{
    /// <summary>Markdig blocks name the parser that made them; these are built, so any list parser serves.</summary>
    private static readonly ListBlockParser ListParser = new();

    private ListBlock? _openList;

    public MarkdownDocument Document { get; } = new();

    /// <summary>
    /// True when the draft carries an unmistakable sign of the news-summary shape (a cited source, or key points at
    /// the top); only then are headings and the reaction inferred, so memos and poems stay paragraphs.
    /// </summary>
    public bool IsStructured { get; } = isStructured;

    public bool HasHeading { get; set; }

    public bool HasSource { get; set; }

    public List<string> KeyPoints { get; } = [];

    public List<Citation> Citations { get; } = [];

    /// <summary>Adds a block; a structure block also ends the lead the excerpt is cut from.</summary>
    public void Add(Block block, bool isStructure = false)
    {
        _openList = null;
        if (isStructure)
        {
            block.SetData(PlainTextDocument.EndsLead, true);
        }

        Document.Add(block);
    }

    /// <summary>Appends a marker line to the list being built, opening one when the previous block was not a list.</summary>
    public void AddListItem(string line)
    {
        if (_openList is null)
        {
            _openList = MarkedList();
            Document.Add(_openList);
        }

        _openList.Add(ListItem(line));
    }

    /// <summary>A blank line: the next marker line opens a new list.</summary>
    public void EndList() => _openList = null;

    public static ListBlock MarkedList()
    {
        var list = new ListBlock(ListParser) { IsOrdered = false, BulletType = '-', IsLoose = false };
        list.GetAttributes().AddClass(PlainTextClasses.MarkedList);
        return list;
    }

    public static ListItemBlock ListItem(string line)
    {
        var item = new ListItemBlock(ListParser);
        item.Add(PlainTextInlines.Paragraph(line));
        return item;
    }
}
