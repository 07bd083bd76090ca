using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pipeline.Rendering.Diagrams;
using Pipeline.Rendering.Highlighting;
using Pipeline.Rendering.Markdown;
using Pipeline.Rendering.Markdown.Zenn;
using Pipeline.Rendering.Text;

namespace Pipeline.Rendering;

/// <summary>
/// One walk over the parsed document, before it is rendered: takes a leading h1 as the title when the
/// front matter has none, renumbers headings so the page's outline starts at h2 under its one h1 and never
/// skips a level (<see cref="HeadingOutline"/>),
/// collects the h2–h3 table of contents, the first image, text statistics and the lead text the
/// excerpt is cut from (paragraphs only, up to <c>&lt;!--more--&gt;</c> when there is one). Bare auto-links
/// followed by Japanese are trimmed on the way (<see cref="CjkAutolinks"/>), and the origins embedded frames load from
/// are collected (the page's CSP allows exactly those).
/// </summary>
internal sealed class DocumentAnalyzer
{
    /// <summary>Lead text beyond this is never needed for an excerpt.</summary>
    private const int LeadCap = 2000;

    private readonly TextStatistics _statistics = new();
    private readonly StringBuilder _lead = new(LeadCap + 64);
    private readonly List<HeadingBlock> _headings = [];
    private readonly SortedSet<string> _frameSources = new(StringComparer.Ordinal);
    private bool _hasDiagrams;
    private bool _leadClosed;
    private bool _leadIsExplicit;
    private bool _pendingSeparator;

    public static DocumentAnalysis Analyze(MarkdownDocument document, bool takeTitleFromHeading)
    {
        ArgumentNullException.ThrowIfNull(document);
        string? title = null;
        if (takeTitleFromHeading && document.Count > 0 && document[0] is HeadingBlock { Level: 1 } h1)
        {
            title = InlineText.Of(h1.Inline);
            document.RemoveAt(0);
        }

        var analyzer = new DocumentAnalyzer();
        analyzer.VisitBlocks(document, noLead: false);

        HeadingOutline.Normalize(analyzer._headings);
        var toc = new List<TocEntry>();
        foreach (var heading in analyzer._headings)
        {
            if (heading.Level is 2 or 3 && heading.GetAttributes().Id is { } id)
            {
                toc.Add(new TocEntry(heading.Level, id, InlineText.Of(heading.Inline)));
            }
        }

        return new DocumentAnalysis(title, toc, analyzer._statistics, analyzer._lead.ToString(), analyzer._leadIsExplicit) { FrameSources = [.. analyzer._frameSources], HasDiagrams = analyzer._hasDiagrams };
    }

    /// <param name="noLead">Inside a table or a plain-text structure block: its paragraphs are not lead text.</param>
    private void VisitBlocks(ContainerBlock container, bool noLead)
    {
        foreach (var block in container)
        {
            // A plain-text structure block (key points, heading, source…) ends the lead and gives it no text.
            var structure = block.GetData(PlainTextDocument.EndsLead) is true;
            if (structure && _lead.Length > 0)
            {
                _leadClosed = true;
            }

            switch (block)
            {
                case HeadingBlock heading:
                    _headings.Add(heading);
                    VisitInlines(heading.Inline, lead: false);
                    break;
                case ParagraphBlock paragraph:
                    var lead = !noLead && !_leadClosed;
                    if (lead)
                    {
                        _pendingSeparator = _lead.Length > 0;
                    }

                    VisitInlines(paragraph.Inline, lead);
                    break;
                case HtmlBlock html when IsMoreMarker(html):
                    _leadIsExplicit = !_leadClosed && _lead.Length > 0;
                    _leadClosed = true;
                    break;
                case CodeBlock code:
                    _hasDiagrams |= code is FencedCodeBlock fenced && MermaidScript.IsDiagram(CodeInfo.Parse(fenced.Info, fenced.Arguments));
                    var lines = code.Lines;
                    for (var i = 0; i < lines.Count; i++)
                    {
                        _statistics.Add(lines.Lines[i].Slice.AsSpan());
                        _statistics.Break();
                    }

                    break;
                case ContainerBlock child:
                    VisitBlocks(child, noLead || structure || child is Table);
                    break;
                case LeafBlock leaf:
                    VisitInlines(leaf.Inline, lead: false);
                    break;
            }

            _statistics.Break();
        }
    }

    private void VisitInlines(ContainerInline? container, bool lead)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AddText(literal.Content.AsSpan(), lead);
                    break;
                case CodeInline code:
                    AddText(code.Content, lead);
                    break;
                case Mathematics.TexInline tex:
                    // Excerpts and counts keep a formula as its TeX: more telling than a gap.
                    AddText(tex.Tex, lead);
                    break;
                case HtmlEntityInline entity:
                    AddText(entity.Transcoded.AsSpan(), lead);
                    break;
                case AutolinkInline autolink when autolink.IsEmail || UrlPolicy.IsAllowed(autolink.Url, isImage: false):
                    AddText(autolink.Url, lead);
                    break;
                case LineBreakInline lineBreak:
                    _statistics.Break();
                    if (lead && !CjkLineBreakExtension.JoinsUnspacedText(lineBreak))
                    {
                        _pendingSeparator = true;
                    }

                    break;
                case EmbedInline { Embed.FrameOrigin: { } origin }:
                    _frameSources.Add(origin);
                    break;
                case LinkInline { IsAutoLink: true } autolink:
                    CjkAutolinks.TrimTrailingText(autolink);
                    VisitInlines(autolink, lead);
                    break;
                case LinkInline { IsImage: true }:
                    // Alt text is not prose; the page's image is chosen while rendering (ArticleAssets.FirstSocialImage).
                    break;
                case ContainerInline child:
                    VisitInlines(child, lead);
                    break;
            }
        }
    }

    private void AddText(ReadOnlySpan<char> text, bool lead)
    {
        _statistics.Add(text);
        if (!lead || _leadClosed || text.IsEmpty)
        {
            return;
        }

        if (_pendingSeparator)
        {
            _pendingSeparator = false;
            Span<char> tail = stackalloc char[2];
            var tailLength = Math.Min(2, _lead.Length);
            _lead.CopyTo(_lead.Length - tailLength, tail, tailLength);
            if (!CjkText.JoinsUnspaced(CjkText.LastRune(tail[..tailLength]), CjkText.FirstRune(text)))
            {
                _lead.Append(' ');
            }
        }

        _lead.Append(text);
        if (_lead.Length >= LeadCap && !_leadIsExplicit)
        {
            _leadClosed = true;
        }
    }

    private static bool IsMoreMarker(HtmlBlock html)
    {
        var text = html.Lines.ToString().AsSpan().Trim();
        // "<!-->" and "<!--->" start and end a comment with overlapping markers: no room for a word between them.
        if (text.Length < "<!---->".Length || !text.StartsWith("<!--", StringComparison.Ordinal) || !text.EndsWith("-->", StringComparison.Ordinal))
        {
            return false;
        }

        return text[4..^3].Trim().Equals("more", StringComparison.OrdinalIgnoreCase);
    }
}
