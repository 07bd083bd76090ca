using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown.Zenn;

/// <summary>
/// The notes <see cref="InlineFootnoteParser"/> found in one document, and the step that puts them among the
/// document's <c>[^label]</c> footnotes once all inlines are parsed: every footnote is numbered by its first
/// reference in reading order (the text first, then the notes), each reference gets its own index and a back link,
/// and the group sits at the end of the document, as Markdig's own footnotes do.
/// </summary>
internal sealed class InlineFootnotes
{
    private static readonly object DocumentKey = typeof(InlineFootnotes);

    /// <summary>Markdig's footnote blocks name the parser that made them; ours never parses, it only names.</summary>
    private static readonly FootnoteParser Parser = new();

    private readonly List<Footnote> _notes = [];

    /// <summary>A footnote holding <paramref name="note"/> parsed as inline Markdown, kept until the document's inlines are done.</summary>
    public static Footnote Add(InlineProcessor processor, StringSlice note, int line, int column)
    {
        var document = processor.Document;
        if (document.GetData(DocumentKey) is not InlineFootnotes notes)
        {
            notes = new InlineFootnotes();
            document.SetData(DocumentKey, notes);
            document.ProcessInlinesEnd += notes.Finish;
        }

        var paragraph = new ParagraphBlock { Line = line, Column = column };
        var content = new StringSlice(note.ToString());
        paragraph.AppendLine(ref content, column, line, note.Start, processor.TrackTrivia);
        var footnote = new Footnote(Parser) { Label = "^inline-" + (notes._notes.Count + 1), Line = line, Column = column };
        footnote.Add(paragraph);
        notes._notes.Add(footnote);

        // The note's own inlines, parsed with the same parsers (so a nested ^[…] or [^label] works too) by a processor
        // of its own: the current one is in the middle of the enclosing paragraph.
        new InlineProcessor(document, processor.Parsers, processor.PreciseSourceLocation, processor.Context, processor.TrackTrivia)
            .ProcessInlineLeaf(paragraph);
        return footnote;
    }

    private void Finish(InlineProcessor processor, Inline? inline)
    {
        var document = processor.Document;
        document.ProcessInlinesEnd -= Finish;
        document.RemoveData(DocumentKey);
        var group = document.OfType<FootnoteGroup>().LastOrDefault();
        if (group is null)
        {
            group = new FootnoteGroup(Parser);
        }
        else
        {
            document.Remove(group);
        }

        foreach (var note in _notes)
        {
            group.Add(note);
        }

        document.Add(group);
        Renumber(document, group);
    }

    /// <summary>Numbers like Markdig: footnote order by first reference, reference indexes running, back links at the end of each note.</summary>
    private static void Renumber(MarkdownDocument document, FootnoteGroup group)
    {
        foreach (var footnote in group.OfType<Footnote>())
        {
            footnote.Order = -1;
            foreach (var backLink in footnote.Descendants<FootnoteLink>().Where(link => link.IsBackLink).ToList())
            {
                backLink.Remove();
            }
        }

        // Only the references still in the document count (Markdig's list may hold one dropped with its enclosing link text).
        var references = new Dictionary<Footnote, List<int>>();
        var index = 0;
        foreach (var link in document.Descendants<FootnoteLink>().ToList())
        {
            if (!references.TryGetValue(link.Footnote, out var indexes))
            {
                references[link.Footnote] = indexes = [];
                link.Footnote.Order = references.Count;
            }

            link.Index = ++index;
            indexes.Add(index);
        }

        var numbered = group.OfType<Footnote>().Where(footnote => footnote.Order > 0).OrderBy(footnote => footnote.Order).ToList();
        group.Clear();
        foreach (var footnote in numbered)
        {
            group.Add(footnote);
            if (footnote.LastChild is not ParagraphBlock paragraph)
            {
                paragraph = new ParagraphBlock();
                footnote.Add(paragraph);
            }

            paragraph.Inline ??= new ContainerInline();
            foreach (var reference in references[footnote])
            {
                paragraph.Inline.AppendChild(new FootnoteLink(footnote) { Index = reference, IsBackLink = true });
            }
        }
    }
}
