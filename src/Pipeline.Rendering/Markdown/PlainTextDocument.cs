using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// Builds the Markdig document for a plain-text draft directly (no Markdown parsing, so nothing in the
/// text is taken for markup): each line is a paragraph; consecutive lines starting with a bullet marker
/// (✅ 💡 ・ • - *) form one list whose items keep their marker; bare http(s) URLs become links,
/// ending where the URL's ASCII characters end (Japanese text often follows a URL without a space).
/// </summary>
public static class PlainTextDocument
{
    /// <summary>CSS class of a list whose items show the author's own markers.</summary>
    public const string MarkedListClass = "marked";

    /// <summary>Markdig blocks name the parser that made them; these lists are built, so any list parser serves.</summary>
    private static readonly ListBlockParser ListParser = new();

    private static readonly string[] SymbolMarkers = ["✅", "💡", "・", "•", "☑", "✔", "●", "■", "◆", "★", "▶", "※"];

    /// <param name="body">The draft body.</param>
    /// <param name="takeTitle">When true, the first non-empty line is the title and not part of the document.</param>
    public static (MarkdownDocument Document, string? Title) Build(string body, bool takeTitle)
    {
        ArgumentNullException.ThrowIfNull(body);
        var document = new MarkdownDocument();
        string? title = null;
        ListBlock? list = null;
        foreach (var rawLine in body.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                list = null;
                continue;
            }

            if (takeTitle && title is null)
            {
                title = line;
                continue;
            }

            if (IsListLine(line))
            {
                if (list is null)
                {
                    list = new ListBlock(ListParser) { IsOrdered = false, BulletType = '-', IsLoose = false };
                    list.GetAttributes().AddClass(MarkedListClass);
                    document.Add(list);
                }

                var item = new ListItemBlock(ListParser);
                item.Add(Paragraph(line));
                list.Add(item);
                continue;
            }

            list = null;
            document.Add(Paragraph(line));
        }

        return (document, title);
    }

    private static bool IsListLine(string line)
    {
        foreach (var marker in SymbolMarkers)
        {
            if (line.StartsWith(marker, StringComparison.Ordinal) && line.Length > marker.Length)
            {
                return true;
            }
        }

        // ASCII markers need a space after them, or "-1℃" and "*注" would become list items.
        return line.Length > 2 && line[0] is '-' or '*' && line[1] == ' ' && line.AsSpan(2).Trim().Length > 0;
    }

    private static ParagraphBlock Paragraph(string text)
    {
        var container = new ContainerInline();
        var position = 0;
        while (position < text.Length)
        {
            var start = FindUrl(text, position);
            if (start < 0)
            {
                break;
            }

            var end = UrlEnd(text, start);
            if (start > position)
            {
                container.AppendChild(new LiteralInline(text[position..start]));
            }

            var url = text[start..end];
            var link = new LinkInline(url, "") { IsAutoLink = true };
            link.AppendChild(new LiteralInline(url));
            container.AppendChild(link);
            position = end;
        }

        if (position < text.Length)
        {
            container.AppendChild(new LiteralInline(text[position..]));
        }

        return new ParagraphBlock { Inline = container };
    }

    private static int FindUrl(string text, int from)
    {
        for (var i = text.IndexOf("http", from, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf("http", i + 4, StringComparison.OrdinalIgnoreCase))
        {
            var rest = text.AsSpan(i);
            if ((rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && rest.Length > 8)
                || (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && rest.Length > 7))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The URL runs over RFC 3986 characters; trailing punctuation and an unbalanced ')' are left to the sentence.</summary>
    private static int UrlEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsUrlChar(text[end]))
        {
            end++;
        }

        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"'
               || (text[end - 1] == ')' && text.AsSpan(start, end - start).Count('(') < text.AsSpan(start, end - start).Count(')')))
        {
            end--;
        }

        return end;
    }

    private static bool IsUrlChar(char c) => char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".Contains(c);
}
