using Pipeline.Rendering.Configuration;
using Pipeline.Rendering.Drafts;

namespace Pipeline.Rendering.Markdown;

/// <summary>
/// One linear pass over a Markdown body before Markdig sees it, refusing (as <see cref="DraftErrorKind.TooComplex"/>)
/// what would make a later stage recurse too deep or go superlinear: container markers nested on one line
/// (Markdig recurses per level and gives up at 128), unclosed <c>[</c> in one paragraph, raw HTML elements
/// left open in one HTML block (the sanitiser's HTML parser is quadratic in depth), and the pairwise matching
/// work Markdig does for unmatched emphasis, link and autolink marks and the sanitiser does per element of an HTML block (<see cref="RenderingOptions.MaxMarkupWork"/>).
/// The counts are estimates on the safe side: fenced code and code spans are skipped, escapes honoured.
/// </summary>
internal sealed class MarkdownComplexity
{
    /// <summary>Elements whose end tag HTML lets the parser imply: repeating them does not nest.</summary>
    private static readonly HashSet<string> FlatElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "option", "rt", "rp",
    };

    /// <summary>
    /// Marks a paragraph (or autolink marks a line) may have before they count against the budget: below it the
    /// pairwise work is bounded by a small constant per mark, so ordinary prose is never charged.
    /// </summary>
    private const int FreeMarks = 32;

    /// <summary>
    /// Tags that open an HTML block which ends at a blank line (CommonMark kinds 1 and 6): its text is never
    /// parsed for Markdown inlines, only sanitised as a whole, so only its element nesting matters.
    /// </summary>
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup",
        "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame",
        "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link",
        "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul", "pre", "script", "style", "textarea",
    };

    /// <summary>Every character <see cref="ScanInlines"/> acts on in a line without "www.".</summary>
    private static readonly System.Buffers.SearchValues<char> InlineMarks = System.Buffers.SearchValues.Create("`\\[]*_~=+^!<:");

    /// <summary>The same and the 'w' of "www.", for the rare line that has one ('w' alone stops the scan every few words of English).</summary>
    private static readonly System.Buffers.SearchValues<char> InlineMarksAndW = System.Buffers.SearchValues.Create("`\\[]*_~=+^!<:w");

    /// <summary>What one raw HTML block costs before its elements are counted (a sanitiser run is ~1,000 marks' worth).</summary>
    private const int HtmlBlockCharge = 1000;

    private readonly RenderingOptions _limits;
    private readonly string _text;

    /// <summary>Whether any line can have a "www." autolink: most bodies have none, and then no line is searched for one.</summary>
    private readonly bool _hasWww;
    private long _work;
    private int _paragraphMarks;
    private int _bracketDepth;
    private int _htmlDepth;
    private int _htmlTags;
    private bool _inParagraph;
    private bool _htmlBlock;
    private int _codeSpanRun;
    private char _fence;
    private int _fenceLength;
    private int _line;

    private MarkdownComplexity(string text, int firstLine, RenderingOptions limits)
    {
        _text = text;
        _hasWww = text.Contains("www.", StringComparison.Ordinal);
        _line = firstLine - 1;
        _limits = limits;
    }

    /// <param name="body">The Markdown after the front matter.</param>
    /// <param name="firstLine">1-based draft line the body starts on, for the error message.</param>
    public static void Check(string body, int firstLine, RenderingOptions limits)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(limits);
        new MarkdownComplexity(body, firstLine, limits).Run();
    }

    private void Run()
    {
        var start = 0;
        while (start <= _text.Length)
        {
            var end = _text.IndexOf('\n', start);
            if (end < 0)
            {
                end = _text.Length;
            }

            _line++;
            ScanLine(start, end);
            start = end + 1;
        }
    }

    private void ScanLine(int start, int end)
    {
        var (contentStart, depth) = ContainerPrefix(start, end);
        if (_fence != '\0')
        {
            if (IsFence(contentStart, end, out var closing, out var length) && closing == _fence && length >= _fenceLength)
            {
                _fence = '\0';
            }

            return;
        }

        if (depth > _limits.MaxNestingDepth)
        {
            throw TooComplex($"block quotes and list items nest {depth} deep on this line", nameof(RenderingOptions.MaxNestingDepth), _limits.MaxNestingDepth);
        }

        if (IsFence(contentStart, end, out var fence, out var fenceLength))
        {
            EndParagraph();
            _fence = fence;
            _fenceLength = fenceLength;
            return;
        }

        if (_text.AsSpan(contentStart, end - contentStart).IsWhiteSpace())
        {
            EndParagraph();
            return;
        }

        if (!_inParagraph)
        {
            _inParagraph = true;
            _htmlBlock = StartsHtmlBlock(contentStart, end);
            if (_text[contentStart] == '<')
            {
                // Possibly an HTML block of any kind: each is sanitised on its own, at a fixed cost of tens of microseconds.
                _work += HtmlBlockCharge;
            }
        }

        ScanInlines(contentStart, end);
    }

    private bool StartsHtmlBlock(int start, int end)
    {
        if (start >= end || _text[start] != '<')
        {
            return false;
        }

        var nameStart = start + 1 < end && _text[start + 1] == '/' ? start + 2 : start + 1;
        var nameEnd = nameStart;
        while (nameEnd < end && char.IsAsciiLetterOrDigit(_text[nameEnd]))
        {
            nameEnd++;
        }

        return nameEnd > nameStart
            && (nameEnd == end || _text[nameEnd] is ' ' or '\t' or '>' or '/')
            && BlockElements.Contains(_text.AsSpan(nameStart, nameEnd - nameStart).ToString());
    }

    private void ScanInlines(int start, int end)
    {
        if (_htmlBlock)
        {
            ScanHtmlBlock(start, end);
            return;
        }

        var autolinkMarks = 0;
        var marks = _hasWww && _text.AsSpan(start, end - start).Contains("www.", StringComparison.Ordinal) ? InlineMarksAndW : InlineMarks;
        for (var i = start; i < end; i++)
        {
            // Only these characters change a count: skip the prose between them in vector steps.
            var next = _text.AsSpan(i, end - i).IndexOfAny(marks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = _text[i];
            if (c == '`')
            {
                var run = 1;
                while (i + 1 < end && _text[i + 1] == '`')
                {
                    run++;
                    i++;
                }

                _codeSpanRun = _codeSpanRun == 0 ? run : _codeSpanRun == run ? 0 : _codeSpanRun;
                continue;
            }

            if (_codeSpanRun != 0)
            {
                continue;
            }

            switch (c)
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    _paragraphMarks++;
                    if (++_bracketDepth > _limits.MaxNestingDepth)
                    {
                        throw TooComplex($"more than {_limits.MaxNestingDepth} '[' are open at once in this paragraph", nameof(RenderingOptions.MaxNestingDepth), _limits.MaxNestingDepth);
                    }

                    break;
                case ']':
                    _paragraphMarks++;
                    _bracketDepth = Math.Max(0, _bracketDepth - 1);
                    break;
                case '*' or '_' or '~' or '=' or '+' or '^' or '!':
                    _paragraphMarks++;
                    break;
                case '<':
                    _paragraphMarks++;
                    break;
                case ':':
                    autolinkMarks++;
                    break;
                case 'w' when i + 3 < end && _text[i + 1] == 'w' && _text[i + 2] == 'w' && _text[i + 3] == '.':
                    autolinkMarks++;
                    break;
            }
        }

        _work += Charge(autolinkMarks);
        if (_work + Charge(_paragraphMarks) > _limits.MaxMarkupWork)
        {
            throw OverBudget();
        }
    }

    /// <summary>Counts the elements left open in an HTML block; a self-closing tag (<c>/&gt;</c>) closes itself.</summary>
    private void ScanHtmlBlock(int start, int end)
    {
        var pendingOpenTag = false;
        for (var i = start; i < end; i++)
        {
            var next = _text.AsSpan(i, end - i).IndexOfAny('<', '>');
            if (next < 0)
            {
                break;
            }

            i += next;
            switch (_text[i])
            {
                case '<':
                    _htmlTags++;
                    pendingOpenTag = Tag(i + 1, end);
                    break;
                case '>' when pendingOpenTag:
                    pendingOpenTag = false;
                    if (_text[i - 1] == '/')
                    {
                        _htmlDepth--;
                    }

                    break;
            }
        }

        if (_work + HtmlCharge(_htmlTags) > _limits.MaxMarkupWork)
        {
            throw OverBudget();
        }
    }

    /// <summary>The sanitiser's cost grows with the square of a block's elements, at about a quarter of Markdig's per mark.</summary>
    private static long HtmlCharge(int tags) => (long)tags * tags / 4;

    private static long Charge(int marks) => marks <= FreeMarks ? 0 : (long)marks * marks;

    /// <summary>At <paramref name="nameStart"/> (after <c>&lt;</c>): counts an opening or closing tag of an HTML block; true for an opening one.</summary>
    private bool Tag(int nameStart, int end)
    {
        var closing = nameStart < end && _text[nameStart] == '/';
        var i = closing ? nameStart + 1 : nameStart;
        var first = i;
        while (i < end && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] == '-'))
        {
            i++;
        }

        if (i == first || !char.IsAsciiLetter(_text[first]) || (i < end && _text[i] is not (' ' or '\t' or '>' or '/')))
        {
            return false;
        }

        if (FlatElements.Contains(_text.AsSpan(first, i - first).ToString()))
        {
            return false;
        }

        if (closing)
        {
            _htmlDepth = Math.Max(0, _htmlDepth - 1);
            return false;
        }

        if (++_htmlDepth > _limits.MaxNestingDepth)
        {
            throw TooComplex($"more than {_limits.MaxNestingDepth} raw HTML elements are open at once in this HTML block", nameof(RenderingOptions.MaxNestingDepth), _limits.MaxNestingDepth);
        }

        return true;
    }

    private void EndParagraph()
    {
        _work += Charge(_paragraphMarks) + HtmlCharge(_htmlTags);
        _paragraphMarks = 0;
        _htmlTags = 0;
        _bracketDepth = 0;
        _htmlDepth = 0;
        _codeSpanRun = 0;
        _inParagraph = false;
        _htmlBlock = false;
    }

    /// <summary>Skips block quote markers, list markers and their indentation; the depth counts markers plus two columns of indentation each.</summary>
    private (int ContentStart, int Depth) ContainerPrefix(int start, int end)
    {
        var markers = 0;
        var indentation = 0;
        var i = start;
        while (i < end)
        {
            var c = _text[i];
            if (c is ' ' or '\t')
            {
                if (markers == 0)
                {
                    indentation += c == '\t' ? 4 : 1;
                }

                i++;
            }
            else if (c == '>')
            {
                markers++;
                i++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < end && _text[i + 1] is ' ' or '\t')
            {
                markers++;
                i += 2;
            }
            else if (OrderedMarkerEnd(i, end) is var after && after > i)
            {
                markers++;
                i = after;
            }
            else
            {
                break;
            }
        }

        return (i, markers + (indentation / 2));
    }

    /// <summary>The index after an ordered list marker (<c>12. </c>, <c>3) </c>) at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
    private int OrderedMarkerEnd(int i, int end)
    {
        var j = i;
        while (j < end && j - i < 9 && char.IsAsciiDigit(_text[j]))
        {
            j++;
        }

        return j > i && j + 1 < end && _text[j] is '.' or ')' && _text[j + 1] is ' ' or '\t' ? j + 2 : i;
    }

    private bool IsFence(int start, int end, out char fence, out int length)
    {
        fence = start < end ? _text[start] : '\0';
        length = 0;
        if (fence is not ('`' or '~'))
        {
            return false;
        }

        while (start + length < end && _text[start + length] == fence)
        {
            length++;
        }

        return length >= 3;
    }

    private DraftException OverBudget() =>
        TooComplex(
            "the markup up to this line would take too long to render (too much unmatched emphasis or brackets, too many autolinks on a line, or too many raw HTML blocks or elements)",
            nameof(RenderingOptions.MaxMarkupWork),
            _limits.MaxMarkupWork);

    private DraftException TooComplex(string what, string setting, long limit) =>
        new(DraftErrorKind.TooComplex, $"the draft is too complex to render: {what} (the limit is {limit:N0}, setting Pipeline:{setting})", _line);
}
